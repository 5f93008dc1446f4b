<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminSection</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDeskTools</name>
    <message>
        <source>Merge into another ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for help now and is waiting for a live session: use “Request remote session” below to see their screen (they must accept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer rated the help %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AnswerDialog</name>
    <message>
        <source>An answer that may help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I still need help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This solved it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersTab</name>
    <message>
        <source>Suggested articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the article&apos;s title and text into the reply, to edit before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published articles that may answer this ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published article matches this ticket yet. Once it is resolved, “More → Draft an article from this ticket” starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is in your reply, but its use was not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>What the customer would search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. login, password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, in Markdown: ## headings, - lists, **bold**, `code`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and show it to customers in Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is kept here; try saving again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskHelpDialog</name>
    <message>
        <source>Ask for help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a line what you need. Kefu files a ticket, and an agent asks to look at your screen with you. You decide then whether to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. “The monthly report will not print”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the agent should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say in a few words what you need help with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Kefu first; your text stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is filed. An agent will ask to see your screen; nothing is shared until you accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityToggle</name>
    <message>
        <source>Availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets are routed to you. Click to go away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get no new tickets; your own stay yours. Click when you are back.</source>
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
    <name>BoardColumnView</name>
    <message>
        <source>Drag a card to another column, or use Ctrl+Shift+Left/Right or its menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardMoves</name>
    <message>
        <source>%1 cannot go from “%2” to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the hub: the ticket was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response and resolution are overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first response is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached: %1 “%2” — %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessHoursEditor</name>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only business hours (clocks pause outside them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Filter replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replies could not be loaded. Press Reload to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned replies yet. Your desk&apos;s administrator can add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a reply or press Enter to put it in the reply box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedTab</name>
    <message>
        <source>New reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Password reset steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {customer_name}, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders, filled in when an agent uses the reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers agents send often; every agent can use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the canned reply “%1”?</source>
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
    <name>CategoriesTab</name>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase_letters_digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers can choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new ticket goes to its category&apos;s group; without a group it waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody: waits unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
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
    <name>DecisionBar</name>
    <message>
        <source>Yes, it is solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support marked this ticket as resolved. Is your problem solved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed. You rated the help %1 of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed. If the problem is back, reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still not working? Support will see this as your reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 1 to 5 stars to close the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell support what is still wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is no longer waiting for your answer; it changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
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
    <name>EditorTab</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
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
    <name>GroupsTab</name>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this group knows about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets go to the least-busy available member of their category&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpSection</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem or type the error code you see; answers appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cannot log in, 打印空白, 0x80070005</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This solved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I still need help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to support, starting from your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer found for “%1”. Try other words, or choose “I still need help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no help articles yet. Choose “I still need help” to ask us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is not available now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glad it helped. Nothing was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not recorded: %1</source>
        <translation type="unfinished"></translation>
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
    <name>KnowledgeBaseSection</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet. Write the first with “New article”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before switching?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkHandler</name>
    <message>
        <source>the link is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu does not know this kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its session code is not nine digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not name a ticket like KF-1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hub address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hub address uses plain http instead of https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu cannot open this link: %1. Ask the sender for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is for a hub Kefu is not set up for. Connect to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is for another hub than the one you use. Switch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s hub: %1&lt;br&gt;Your hub: %2&lt;br&gt;&lt;br&gt;Switching signs you out of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a link for another hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue with the link you opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link lets a customer join a remote session; you are signed in as a support agent, so there is nothing to join.</source>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into another ticket of %2: its conversation and files move there, %1 is closed, and the customer is told in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number (KF-1003) or words of its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the ticket to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be closed and its conversation will continue in %2 “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ticket that %1 repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no other open ticket that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these tickets was merged already. Search again and pick another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsSection</name>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created and resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median response and resolution times (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by status (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by age (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent had tickets in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group had tickets in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a start date before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period of at most two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UTC days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets in this period. Choose a longer period, or All agents and All groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers below are from the last successful load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsToolbar</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
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
        <source>The ticket was not sent because the hub cannot be reached. Your text and files are kept; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glad it helped. Nothing was filed.</source>
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
        <source>Sending %n report(s)…</source>
        <translation>
            <numerusform>Sending %n report…</numerusform>
            <numerusform>Sending %n reports…</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Found automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract (text recognition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to let Kefu find Tesseract; press Test to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs (*.exe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract %1 works (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (chi_sim) is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (chi_sim) is missing, so Chinese text will not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not exist or cannot be run. Choose the tesseract program, or clear the field to let Kefu look for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract is not installed, so the text in screenshots cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is not Tesseract (it did not report a version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it from %1 and tick Chinese Simplified among the languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceTracker</name>
    <message>
        <source>%1 is replying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is viewing this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are viewing this ticket</source>
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
        <source>Most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by SLA: overdue, then due soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board shows every status as a column</source>
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
    <name>ResolvedPrompt</name>
    <message>
        <source>Is it solved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”. Is your problem solved? Open the ticket to answer and rate the help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
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
    <name>SlaTab</name>
    <message>
        <source>How soon a ticket must be answered and solved, by priority. Clocks stop while a ticket waits on the customer; changes apply to new tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New tickets get these targets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
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
    <name>TemporaryPasswordBox</name>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for %1. Give it to them now; it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketBoard</name>
    <message>
        <source>Show closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused or met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>due %1</source>
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
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>TileGrid</name>
    <message>
        <source>First response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From filing to the first public agent reply, tickets filed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From filing to resolution, tickets resolved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved with at most one agent reply and never reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers&apos; ratings (1–5) given in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the tickets filed in the period and resolved, the share reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses and resolutions made by their due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets about an error that an earlier ticket already reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflections: customers solved it with an article and filed nothing. Adoption: resolved tickets on which an agent used an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 · tickets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the resolved tickets filed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolutions on time; first responses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets filed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deflected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adoption %1 · articles used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>%1 asks for help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had no first response within its SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is past its resolution time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kefu — sharing your screen with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kefu — %n unread ticket(s)</source>
        <translation>
            <numerusform>Kefu — %n unread ticket</numerusform>
            <numerusform>Kefu — %n unread tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>support</source>
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
        <source>Ask for help now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a ticket and ask an agent to look at your screen with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Kefu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recent tickets (%n unread)</source>
        <translation>
            <numerusform>Recent tickets (%n unread)</numerusform>
            <numerusform>Recent tickets (%n unread)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reply you have not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket and request a remote session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypingAnswers</name>
    <message>
        <source>These answers may solve it before you send anything:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP customer (tickets get a higher priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior agent (takes VIP tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and admins work the queue; customers file tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out and cannot sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? They are signed out everywhere.</source>
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
    <name>admin</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category with this slug exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this e-mail address exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or give up your own admin role; ask another admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was removed meanwhile; press Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Chinese name (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug starts with a letter and has only lowercase letters, digits and _ (2 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization is too long (200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reply&apos;s text.</source>
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
        <source>That ticket was already merged into another one; open that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file changed or was damaged while it was sent; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file did not reach the hub; attach it again and send once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is busy right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or give up your own admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was already sent with different content; send it as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid. Check the nine digits with the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is already used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That short name is already used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can only be done for customer accounts; deactivate agents instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support has not marked this ticket as resolved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote session is already open for this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This remote-session request was already answered or has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many new accounts from this network just now. Try again later, or ask your support desk to create the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Kefu and the hub do not agree; update Kefu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent is too large for the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not accept this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub hit an unexpected problem; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tesseract program chosen in Preferences cannot be run; choose it again, or clear the field to let Kefu look for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program chosen in Preferences is not Tesseract; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it from %1 and tick Chinese Simplified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract is not installed, so the text in screenshots cannot be read.</source>
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
    <name>kb</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an article from this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the ticket first; then draft from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved ticket can become an article: resolve it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for one article; split it into several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer before publishing (or save it as a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is too long: keep each under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That article no longer exists or is no longer published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>No tickets were filed or resolved in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies or resolutions in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings in this period. Customers rate a ticket when they confirm the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: every ticket is resolved or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>This report has %1 files, but the hub takes at most %2. Leave some out, or put them into one zip file. Nothing was sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, but the hub takes files up to %3. Make it smaller (crop the screenshot, zip the log) or leave it out. Nothing was sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued in the outbox: it will be sent by itself when the hub is reachable. File ▸ Outbox shows it.</source>
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
    <name>sla</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
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
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused while waiting on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA target for this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2 (%3)</source>
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
