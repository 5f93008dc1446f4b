<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentSession</name>
    <message>
        <source>%1 accepted. Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sharing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the session was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot from the remote session with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot attached to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Type, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureOverlay</name>
    <message>
        <source>Select what to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to select an area, click a window, or press Enter for the whole screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture again after a delay, e.g. to open a menu first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Remote assistance request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 wants to see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;View only.&lt;/b&gt; They will see the screen you choose, can point at things and chat with you. They cannot click, type or open files on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can pause or stop sharing at any time from the bar at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen to share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1 — %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share my screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declines by itself in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Kefu ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your work has been kept where possible. You can copy the details below and send them to your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRemote</name>
    <message>
        <source>Join a remote session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code from your support agent (9 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support agent asked to see your screen, but it cannot be shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not answer the screen-sharing request, so it was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu — sharing your screen with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerShare</name>
    <message>
        <source>Sharing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost the connection; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub was lost; sharing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped sharing your screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the screenshot with its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden private data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the text and filled black before sending. Untick what support may see; hide more with the Hide tool (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Screenshots and files help support understand the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2); the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text found in the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a session &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kefu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · hub: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Kefu on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu — Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached. Kefu keeps showing what it has and keeps what you type; it reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kefu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu (客服) 0.1 — report a problem from your screen, or help someone who did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Kefu starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reply on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Kefu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have text that was not sent yet. Quit anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeView</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyTicketsPage</name>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets here. When something goes wrong, choose “New ticket”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketPage</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what went wrong. Support sees everything you enter here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short summary, e.g. “Printing fails with ORA-12154”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What were you doing, what did you expect, and what happened instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the ticket a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was sent. You will be notified of replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached now, so your ticket waits in the outbox. It will be sent by itself when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent because the hub cannot be reached. Your text and files are kept; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be sent once you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached; Kefu keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being sent right now and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the account that filed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPump</name>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>%n report waiting to be sent</numerusform>
            <numerusform>%n reports waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) failed</source>
        <translation>
            <numerusform>%n report failed</numerusform>
            <numerusform>%n reports failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxUi</name>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Kefu starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when a reply arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (built-in hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending my sign-in over plain http (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters. New tickets appear here live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteSessionsPanel</name>
    <message>
        <source>Remote sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request remote session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to share their screen with you (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need to see? The customer reads this before deciding (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Sign in first, then report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>The hub cannot be reached now, so your report waits in the outbox. It will be sent by itself when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem — Kefu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the text and looking for private data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in the screenshot could not be read (%1). Describe the problem in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text read. %n private item(s) hidden.</source>
        <translation>
            <numerusform>Text read. %n private item hidden.</numerusform>
            <numerusform>Text read. %n private items hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text read. No private data found; hide anything else with the Hide tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) attached</source>
        <translation>
            <numerusform>%n screenshot attached</numerusform>
            <numerusform>%n screenshots attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) filled black</source>
        <translation>
            <numerusform>%n area filled black</numerusform>
            <numerusform>%n areas filled black</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the text of the screenshots is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the ticket a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was filed. You will be notified of replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your screenshots were added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glad it is solved. Nothing was filed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short summary of the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What were you doing, what did you expect, and what happened instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include system details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the ticket (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that may help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This solved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it one of these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open tickets about the same error. Add the screenshots there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your sign-in is kept only until Kefu closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingBar</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — %1 sees a grey screen · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Kefu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a support agent account (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name and a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <source>Starting Kefu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketBoard</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailsPanel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <source>Search number, title, text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (double-click to view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support marked this ticket as resolved. Is your problem solved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed. If the problem is back, reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image; it cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents will see this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open Kefu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Kefu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>%1&apos;s screen — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual pixels, no scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot to ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the current picture to the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the picture to point at something on their screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they do not see the request, read them this code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps · %2 ms · %3 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kefu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem straight from your screen, follow the answers, or help the people who asked. First, where should your tickets live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Kefu on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu runs its own small hub on this computer. Good for trying it out, or for one person who is both customer and support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to my organization&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your support team gives you the address, e.g. https://support.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, e.g. https://support.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Kefu is already running with this profile. Use the open window, or start with --profile NAME for a second one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot reach the hub. Check your network connection; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be verified. Check the address, or set your organization&apos;s CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub uses plain http, which would expose your password. Use an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address answers, but it is not a Kefu hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket no longer exists or is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s status changed meanwhile; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is too large for the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file claims to be an image but is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in hub could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remote</name>
    <message>
        <source>%1 declined the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not answered in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session code was entered wrongly too often and is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended after a long time without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session reached its maximum length and ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error text read from the screenshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thread</name>
    <message>
        <source>Attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note — customers cannot see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
