<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminSection</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
</context>
<context>
    <name>AgentDeskTools</name>
    <message>
        <source>Merge into another ticket…</source>
        <translation>合并到另一个工单…</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>%1 asked for help now and is waiting for a live session: use “Request remote session” below to see their screen (they must accept).</source>
        <translation>%1 请求立即协助，正在等待远程会话：点击下方“请求远程会话”查看其屏幕（需对方同意）。</translation>
    </message>
    <message>
        <source>The customer rated the help %1 of 5</source>
        <translation>客户对本次服务的评分：%1 / 5</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 已合并到 %2。</translation>
    </message>
</context>
<context>
    <name>AgentSession</name>
    <message>
        <source>%1 accepted. Starting…</source>
        <translation>%1 已同意，正在开始…</translation>
    </message>
    <message>
        <source>%1 paused sharing.</source>
        <translation>%1 暂停了共享。</translation>
    </message>
    <message>
        <source>%1 is sharing again.</source>
        <translation>%1 已恢复共享。</translation>
    </message>
    <message>
        <source>%1 lost the connection.</source>
        <translation>%1 的连接已断开。</translation>
    </message>
    <message>
        <source>The connection to the session was lost.</source>
        <translation>与会话的连接已断开。</translation>
    </message>
    <message>
        <source>You ended the session.</source>
        <translation>您结束了会话。</translation>
    </message>
    <message>
        <source>Screenshot from the remote session with %1.</source>
        <translation>与 %1 远程会话中的截图。</translation>
    </message>
    <message>
        <source>Snapshot attached to the ticket.</source>
        <translation>截图已附加到工单。</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <source>Type, then press Enter</source>
        <translation>输入文字后按回车</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>An answer that may help</source>
        <translation>可能有帮助的解答</translation>
    </message>
    <message>
        <source>I still need help</source>
        <translation>我仍需要帮助</translation>
    </message>
    <message>
        <source>This solved it</source>
        <translation>问题已解决</translation>
    </message>
</context>
<context>
    <name>AnswersTab</name>
    <message>
        <source>Suggested articles</source>
        <translation>推荐文章</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>选择一篇文章，在这里阅读。</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message>
        <source>Put the article&apos;s title and text into the reply, to edit before sending</source>
        <translation>把文章的标题和正文放进回复，发送前可以修改</translation>
    </message>
    <message>
        <source>Looking for answers…</source>
        <translation>正在查找答案…</translation>
    </message>
    <message>
        <source>No answers: %1</source>
        <translation>没有解答：%1</translation>
    </message>
    <message>
        <source>Published articles that may answer this ticket:</source>
        <translation>可能解答此工单的已发布文章：</translation>
    </message>
    <message>
        <source>No published article matches this ticket yet. Once it is resolved, “More → Draft an article from this ticket” starts one.</source>
        <translation>还没有与此工单匹配的已发布文章。工单解决后，可用“更多 → 用此工单起草知识库文章”开始写一篇。</translation>
    </message>
    <message>
        <source>The article is in your reply, but its use was not counted: %1</source>
        <translation>文章已放入回复，但这次使用未被统计：%1</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>What the customer would search for</source>
        <translation>客户会怎样搜索这个问题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. login, password</source>
        <translation>用逗号分隔，例如：登录, 密码</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation>文章正文（Markdown）</translation>
    </message>
    <message>
        <source>The answer, in Markdown: ## headings, - lists, **bold**, `code`</source>
        <translation>解答内容，使用 Markdown：## 标题、- 列表、**粗体**、`代码`</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Save and show it to customers in Help</source>
        <translation>保存，并在帮助中心向客户展示</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>无分类</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>New article, not saved yet</source>
        <translation>新文章，尚未保存</translation>
    </message>
    <message>
        <source>Your text is kept here; try saving again.</source>
        <translation>你写的内容仍保留在这里，请再次保存。</translation>
    </message>
</context>
<context>
    <name>AskHelpDialog</name>
    <message>
        <source>Ask for help now</source>
        <translation>立即求助</translation>
    </message>
    <message>
        <source>Say in a line what you need. Kefu files a ticket, and an agent asks to look at your screen with you. You decide then whether to share it.</source>
        <translation>用一句话说明您需要什么帮助。客服会为您提交工单，随后客服人员会请求与您一起查看屏幕，是否共享由您决定。</translation>
    </message>
    <message>
        <source>e.g. “The monthly report will not print”</source>
        <translation>例如：“月度报表无法打印”</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>您需要什么帮助？</translation>
    </message>
    <message>
        <source>Anything else the agent should know (optional)</source>
        <translation>客服还需要了解的其他信息（可选）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Please say in a few words what you need help with.</source>
        <translation>请用几句话说明您需要什么帮助。</translation>
    </message>
    <message>
        <source>Sign in to Kefu first; your text stays here.</source>
        <translation>请先登录客服；您输入的内容会保留在这里。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>%1 is filed. An agent will ask to see your screen; nothing is shared until you accept.</source>
        <translation>%1 已提交。客服会请求查看您的屏幕；在您接受之前不会共享任何内容。</translation>
    </message>
</context>
<context>
    <name>AvailabilityToggle</name>
    <message>
        <source>Availability…</source>
        <translation>在线状态……</translation>
    </message>
    <message>
        <source>● Available</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>New tickets are routed to you. Click to go away.</source>
        <translation>新工单会分派给您。点击切换为离开。</translation>
    </message>
    <message>
        <source>○ Away</source>
        <translation>○ 离开</translation>
    </message>
    <message>
        <source>You get no new tickets; your own stay yours. Click when you are back.</source>
        <translation>您不会收到新工单；已分配给您的工单仍归您处理。回来后请点击。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message>
        <source>Drag a card to another column, or use Ctrl+Shift+Left/Right or its menu</source>
        <translation>将卡片拖到另一列，或使用 Ctrl+Shift+左/右方向键或卡片菜单</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
</context>
<context>
    <name>BoardMoves</name>
    <message>
        <source>%1 cannot go from “%2” to “%3”.</source>
        <translation>%1 不能从“%2”移到“%3”。</translation>
    </message>
    <message>
        <source>Not connected to the hub: the ticket was not moved.</source>
        <translation>未连接到服务器：工单未移动。</translation>
    </message>
    <message>
        <source>%1 stays in “%2”: %3</source>
        <translation>%1 仍留在“%2”：%3</translation>
    </message>
    <message>
        <source>first response and resolution are overdue</source>
        <translation>首次响应和解决均已超时</translation>
    </message>
    <message>
        <source>the first response is overdue</source>
        <translation>首次响应已超时</translation>
    </message>
    <message>
        <source>the resolution is overdue</source>
        <translation>解决已超时</translation>
    </message>
    <message>
        <source>SLA breached: %1 “%2” — %3.</source>
        <translation>SLA 超时：%1“%2”——%3。</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>首次响应（中位数）</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>解决时长（中位数）</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
</context>
<context>
    <name>BusinessHoursEditor</name>
    <message>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Count only business hours (clocks pause outside them)</source>
        <translation>只计算工作时间（工作时间以外暂停计时）</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>添加节假日</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Filter replies…</source>
        <translation>筛选快捷回复…</translation>
    </message>
    <message>
        <source>Filter replies</source>
        <translation>筛选快捷回复</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The replies could not be loaded. Press Reload to try again.</source>
        <translation>无法加载快捷回复。请点击“重新加载”重试。</translation>
    </message>
    <message>
        <source>No canned replies yet. Your desk&apos;s administrator can add them.</source>
        <translation>还没有快捷回复。服务台管理员可以添加。</translation>
    </message>
    <message>
        <source>No reply matches the filter.</source>
        <translation>没有符合筛选条件的回复。</translation>
    </message>
    <message>
        <source>Double-click a reply or press Enter to put it in the reply box.</source>
        <translation>双击某条回复或按回车键，将其放入回复框。</translation>
    </message>
</context>
<context>
    <name>CannedTab</name>
    <message>
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <source>e.g. Password reset steps</source>
        <translation>例如：重置密码的步骤</translation>
    </message>
    <message>
        <source>Hello {customer_name}, …</source>
        <translation>{customer_name}，您好：……</translation>
    </message>
    <message>
        <source>Placeholders, filled in when an agent uses the reply: %1</source>
        <translation>占位符（客服使用回复时自动填入）：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Answers agents send often; every agent can use them.</source>
        <translation>客服经常发送的答复；所有客服都可以使用。</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Create reply</source>
        <translation>创建回复</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Delete the canned reply “%1”?</source>
        <translation>删除快捷回复“%1”？</translation>
    </message>
</context>
<context>
    <name>CaptureOverlay</name>
    <message>
        <source>Select what to capture</source>
        <translation>选择截图范围</translation>
    </message>
    <message>
        <source>Drag to select an area, click a window, or press Enter for the whole screen.</source>
        <translation>拖动选择区域、点击某个窗口，或按回车截取整个屏幕。</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>整个屏幕</translation>
    </message>
    <message>
        <source>In %1 s</source>
        <translation>%1 秒后</translation>
    </message>
    <message>
        <source>Capture again after a delay, e.g. to open a menu first</source>
        <translation>延时后重新截图，例如先打开菜单</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <source>lowercase_letters_digits</source>
        <translation>小写字母_数字</translation>
    </message>
    <message>
        <source>Routes to group</source>
        <translation>分派到的组</translation>
    </message>
    <message>
        <source>Customers can choose it</source>
        <translation>客户可以选择此分类</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Routes to</source>
        <translation>分派到</translation>
    </message>
    <message>
        <source>A new ticket goes to its category&apos;s group; without a group it waits.</source>
        <translation>新工单会分派到其分类所属的组；没有组时工单将等待处理。</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>(nobody: waits unassigned)</source>
        <translation>（无：等待分配）</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无组）</translation>
    </message>
    <message>
        <source>Create category</source>
        <translation>创建分类</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>聊天消息</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat with %1</source>
        <translation>与 %1 聊天</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Remote assistance request</source>
        <translation>远程协助请求</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 wants to see your screen.</source>
        <translation>%2 的 &lt;b&gt;%1&lt;/b&gt; 请求查看您的屏幕。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to see your screen.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 请求查看您的屏幕。</translation>
    </message>
    <message>
        <source>For ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;View only.&lt;/b&gt; They will see the screen you choose, can point at things and chat with you. They cannot click, type or open files on your computer.</source>
        <translation>&lt;b&gt;仅查看。&lt;/b&gt;对方能看到您选择的屏幕，可以指示位置并与您聊天，但不能在您的电脑上点击、输入或打开文件。</translation>
    </message>
    <message>
        <source>You can pause or stop sharing at any time from the bar at the top.</source>
        <translation>您可以随时通过屏幕顶部的工具条暂停或停止共享。</translation>
    </message>
    <message>
        <source>Screen to share:</source>
        <translation>要共享的屏幕：</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>要共享的屏幕</translation>
    </message>
    <message>
        <source>Screen %1 — %2 × %3</source>
        <translation>屏幕 %1 — %2 × %3</translation>
    </message>
    <message>
        <source>(main)</source>
        <translation>（主屏幕）</translation>
    </message>
    <message>
        <source>Share my screen</source>
        <translation>共享我的屏幕</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Declines by itself in %1.</source>
        <translation>%1 后自动拒绝。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Kefu ran into a problem</source>
        <translation>客服遇到了问题</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your work has been kept where possible. You can copy the details below and send them to your support team.</source>
        <translation>发生了意外错误。已尽可能保留您的工作。您可以复制下面的详细信息并发送给支持团队。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CustomerRemote</name>
    <message>
        <source>Join a remote session</source>
        <translation>加入远程会话</translation>
    </message>
    <message>
        <source>Session code from your support agent (9 digits):</source>
        <translation>客服人员提供的会话码（9 位数字）：</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>A support agent asked to see your screen, but it cannot be shared: %1</source>
        <translation>客服请求查看您的屏幕，但无法共享：%1</translation>
    </message>
    <message>
        <source>You did not answer the screen-sharing request, so it was declined.</source>
        <translation>您没有回应屏幕共享请求，因此已自动拒绝。</translation>
    </message>
    <message>
        <source>Kefu — sharing your screen with %1</source>
        <translation>客服 — 正在与 %1 共享您的屏幕</translation>
    </message>
</context>
<context>
    <name>CustomerShare</name>
    <message>
        <source>Sharing stopped: %1</source>
        <translation>共享已停止：%1</translation>
    </message>
    <message>
        <source>%1 lost the connection; waiting…</source>
        <translation>%1 的连接已断开，正在等待…</translation>
    </message>
    <message>
        <source>The connection to the hub was lost; sharing stopped.</source>
        <translation>与服务器的连接已断开，共享已停止。</translation>
    </message>
    <message>
        <source>You stopped sharing your screen.</source>
        <translation>您已停止共享屏幕。</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Yes, it is solved</source>
        <translation>是的，已解决</translation>
    </message>
    <message>
        <source>No, not yet</source>
        <translation>不，还没有</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>How was the help?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Support marked this ticket as resolved. Is your problem solved?</source>
        <translation>支持人员已将此工单标记为已解决。您的问题解决了吗？</translation>
    </message>
    <message>
        <source>This ticket is closed. You rated the help %1 of 5.</source>
        <translation>此工单已关闭。您的评分：%1 / 5。</translation>
    </message>
    <message>
        <source>This ticket is closed. If the problem is back, reopen it.</source>
        <translation>此工单已关闭。如果问题再次出现，请重新打开。</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>还有什么想告诉我们的吗（可选）</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>What is still not working? Support will see this as your reply.</source>
        <translation>还有什么问题没有解决？客服会把这段话作为您的回复看到。</translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>Choose 1 to 5 stars to close the ticket.</source>
        <translation>请选择 1 到 5 颗星，然后关闭工单。</translation>
    </message>
    <message>
        <source>Tell support what is still wrong.</source>
        <translation>请告诉客服还有什么问题。</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting for your answer; it changed meanwhile.</source>
        <translation>此工单已不再等待您的答复，它在此期间已有变化。</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy the screenshot with its annotations</source>
        <translation>复制带标注的截图</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation>添加截图</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>In %1 seconds</source>
        <translation>%1 秒后</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <source>Remove screenshot</source>
        <translation>删除截图</translation>
    </message>
    <message>
        <source>Hidden private data</source>
        <translation>已隐藏的隐私数据</translation>
    </message>
    <message>
        <source>Found in the text and filled black before sending. Untick what support may see; hide more with the Hide tool (R).</source>
        <translation>这些内容在文字中被识别出来，发送前会被涂黑。取消勾选允许支持人员看到的内容；用“遮挡”工具 (R) 隐藏更多内容。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Review and send (Ctrl+Enter)</source>
        <translation>检查并发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>截图 %1</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Filter…</source>
        <translation>筛选……</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Screenshots and files help support understand the problem.</source>
        <translation>截图和文件能帮助支持人员理解问题。</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is too large (%2); the limit is %3.</source>
        <translation>%1 太大（%2），上限为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>New group</source>
        <translation>新建组</translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation>例如：账务</translation>
    </message>
    <message>
        <source>What this group knows about</source>
        <translation>这个组擅长处理的问题</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New tickets go to the least-busy available member of their category&apos;s group.</source>
        <translation>新工单会分配给其分类所属组中当前在线且最空闲的成员。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>创建组</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>HelpSection</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Describe the problem or type the error code you see; answers appear as you type.</source>
        <translation>描述遇到的问题，或输入看到的错误代码；边输入边显示解答。</translation>
    </message>
    <message>
        <source>e.g. cannot log in, 打印空白, 0x80070005</source>
        <translation>例如：无法登录、打印空白、0x80070005</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Choose an answer to read it here.</source>
        <translation>选择一条解答，在这里阅读。</translation>
    </message>
    <message>
        <source>This solved it</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>I still need help</source>
        <translation>仍需帮助</translation>
    </message>
    <message>
        <source>Write to support, starting from your question</source>
        <translation>联系客服，以你的问题作为开头</translation>
    </message>
    <message>
        <source>Looking for answers…</source>
        <translation>正在查找答案…</translation>
    </message>
    <message>
        <source>Answers for “%1”:</source>
        <translation>“%1”的解答：</translation>
    </message>
    <message>
        <source>No answer found for “%1”. Try other words, or choose “I still need help”.</source>
        <translation>没有找到“%1”的解答。换个说法试试，或选择“仍需帮助”。</translation>
    </message>
    <message>
        <source>There are no help articles yet. Choose “I still need help” to ask us.</source>
        <translation>还没有帮助文章。选择“仍需帮助”来联系我们。</translation>
    </message>
    <message>
        <source>Help is not available now: %1</source>
        <translation>帮助中心暂时不可用：%1</translation>
    </message>
    <message>
        <source>Glad it helped. Nothing was filed.</source>
        <translation>很高兴问题解决了。没有提交工单。</translation>
    </message>
    <message>
        <source>That was not recorded: %1</source>
        <translation>未能记录：%1</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Text found in the image</source>
        <translation>图片中识别的文字</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseSection</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>搜索标题、正文和标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Loading articles…</source>
        <translation>正在加载文章…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>No articles yet. Write the first with “New article”.</source>
        <translation>还没有文章。点击“新建文章”写第一篇。</translation>
    </message>
    <message>
        <source>No article matches these filters.</source>
        <translation>没有符合这些筛选条件的文章。</translation>
    </message>
    <message>
        <source>the new article</source>
        <translation>新文章</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before switching?</source>
        <translation>“%1”有未保存的修改。切换前要保存吗？</translation>
    </message>
</context>
<context>
    <name>LinkHandler</name>
    <message>
        <source>the link is damaged or incomplete</source>
        <translation>链接已损坏或不完整</translation>
    </message>
    <message>
        <source>Kefu does not know this kind of link</source>
        <translation>客服无法识别这种链接</translation>
    </message>
    <message>
        <source>its session code is not nine digits</source>
        <translation>其中的会话码不是九位数字</translation>
    </message>
    <message>
        <source>it does not name a ticket like KF-1001</source>
        <translation>其中没有类似 KF-1001 的工单编号</translation>
    </message>
    <message>
        <source>its hub address is not valid</source>
        <translation>其中的服务器地址无效</translation>
    </message>
    <message>
        <source>its hub address uses plain http instead of https</source>
        <translation>其中的服务器地址使用不加密的 http，而不是 https</translation>
    </message>
    <message>
        <source>Kefu cannot open this link: %1. Ask the sender for a new one.</source>
        <translation>客服无法打开此链接：%1。请向发送者索取新的链接。</translation>
    </message>
    <message>
        <source>This link is for a hub Kefu is not set up for. Connect to it?</source>
        <translation>此链接属于尚未设置的服务器。要连接到该服务器吗？</translation>
    </message>
    <message>
        <source>The link&apos;s hub: %1</source>
        <translation>链接中的服务器：%1</translation>
    </message>
    <message>
        <source>This link is for another hub than the one you use. Switch?</source>
        <translation>此链接属于另一台服务器，而不是您当前使用的服务器。要切换吗？</translation>
    </message>
    <message>
        <source>The link&apos;s hub: %1&lt;br&gt;Your hub: %2&lt;br&gt;&lt;br&gt;Switching signs you out of %2.</source>
        <translation>链接中的服务器：%1&lt;br&gt;您当前的服务器：%2&lt;br&gt;&lt;br&gt;切换后将退出 %2 的登录。</translation>
    </message>
    <message>
        <source>the hub on this computer</source>
        <translation>本机服务器</translation>
    </message>
    <message>
        <source>Open a link for another hub</source>
        <translation>打开其他服务器的链接</translation>
    </message>
    <message>
        <source>Switch hub</source>
        <translation>切换服务器</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Sign in to continue with the link you opened.</source>
        <translation>请登录，以继续处理您打开的链接。</translation>
    </message>
    <message>
        <source>This link lets a customer join a remote session; you are signed in as a support agent, so there is nothing to join.</source>
        <translation>此链接用于客户加入远程协助会话；您以客服人员身份登录，无需加入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Enter a session &amp;code…</source>
        <translation>输入会话码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Ticket list</source>
        <translation>工单列表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kefu</source>
        <translation>关于客服(&amp;A)</translation>
    </message>
    <message>
        <source>support</source>
        <translation>客服人员</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1 (%2) · hub: %3</source>
        <translation>%1（%2）· 服务器：%3</translation>
    </message>
    <message>
        <source>Starting Kefu on this computer…</source>
        <translation>正在本机启动客服…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Tickets are kept on this computer.</source>
        <translation>工单保存在本机。</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Kefu — Support</source>
        <translation>客服 — 支持模式</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Kefu keeps showing what it has and keeps what you type; it reconnects by itself.</source>
        <translation>无法连接服务器。客服会继续显示已有内容并保留您输入的文字，并自动重新连接。</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>About Kefu</source>
        <translation>关于客服</translation>
    </message>
    <message>
        <source>Kefu (客服) 0.1 — report a problem from your screen, or help someone who did.</source>
        <translation>客服 (Kefu) 0.1 — 直接从屏幕报告问题，或帮助报告问题的人。</translation>
    </message>
    <message>
        <source>The language changes the next time Kefu starts.</source>
        <translation>语言将在下次启动客服时生效。</translation>
    </message>
    <message>
        <source>New reply on %1</source>
        <translation>%1 有新回复</translation>
    </message>
    <message>
        <source>New ticket %1</source>
        <translation>新工单 %1</translation>
    </message>
    <message>
        <source>Quit Kefu?</source>
        <translation>退出客服？</translation>
    </message>
    <message>
        <source>You have text that was not sent yet. Quit anyway and lose it?</source>
        <translation>您有尚未发送的文字。仍要退出并丢弃吗？</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Merge %1 into another ticket of %2: its conversation and files move there, %1 is closed, and the customer is told in both.</source>
        <translation>将 %1 合并到 %2 的另一个工单：其对话和文件将移到那里，%1 将被关闭，并在两个工单中通知客户。</translation>
    </message>
    <message>
        <source>Ticket number (KF-1003) or words of its title</source>
        <translation>工单编号（KF-1003）或标题中的词语</translation>
    </message>
    <message>
        <source>Find the ticket to merge into</source>
        <translation>查找要合并到的工单</translation>
    </message>
    <message>
        <source>Tickets of this customer</source>
        <translation>此客户的工单</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 will be closed and its conversation will continue in %2 “%3”.</source>
        <translation>%1 将被关闭，其对话将在 %2“%3”中继续。</translation>
    </message>
    <message>
        <source>Choose the ticket that %1 repeats.</source>
        <translation>请选择 %1 所重复的工单。</translation>
    </message>
    <message>
        <source>%1 has no other open ticket that matches.</source>
        <translation>%1 没有其他符合条件的未关闭工单。</translation>
    </message>
    <message>
        <source>One of these tickets was merged already. Search again and pick another.</source>
        <translation>其中一个工单已被合并。请重新搜索并选择另一个。</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>只能合并同一客户的工单。</translation>
    </message>
</context>
<context>
    <name>MetricsSection</name>
    <message>
        <source>Metrics</source>
        <translation>统计指标</translation>
    </message>
    <message>
        <source>Tickets created and resolved</source>
        <translation>新建和解决的工单</translation>
    </message>
    <message>
        <source>Median response and resolution times (hours)</source>
        <translation>响应和解决时长中位数（小时）</translation>
    </message>
    <message>
        <source>Satisfaction ratings</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Backlog by status (now)</source>
        <translation>按状态的积压（当前）</translation>
    </message>
    <message>
        <source>Backlog by age (now)</source>
        <translation>按时长的积压（当前）</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>按客服</translation>
    </message>
    <message>
        <source>No agent had tickets in this period.</source>
        <translation>此期间没有客服处理过工单。</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>按组</translation>
    </message>
    <message>
        <source>No group had tickets in this period.</source>
        <translation>此期间没有组处理过工单。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a start date before the end.</source>
        <translation>开始日期晚于结束日期：请选择早于结束日期的开始日期。</translation>
    </message>
    <message>
        <source>Choose a period of at most two years.</source>
        <translation>请选择不超过两年的期间。</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC days)</source>
        <translation>%1 至 %2（UTC 日期）</translation>
    </message>
    <message>
        <source>No tickets in this period. Choose a longer period, or All agents and All groups.</source>
        <translation>此期间没有工单。请选择更长的期间，或选择“所有客服”和“所有组”。</translation>
    </message>
    <message>
        <source>The numbers below are from the last successful load.</source>
        <translation>下面的数字来自上次成功加载。</translation>
    </message>
    <message>
        <source>Could not load the metrics: %1</source>
        <translation>无法加载统计指标：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Export metrics as CSV</source>
        <translation>将统计指标导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Metrics saved to %1</source>
        <translation>统计指标已保存到 %1</translation>
    </message>
    <message>
        <source>Could not export the metrics: %1</source>
        <translation>无法导出统计指标：%1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>MetricsToolbar</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>所有客服</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有组</translation>
    </message>
</context>
<context>
    <name>ModeView</name>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
</context>
<context>
    <name>MyTicketsPage</name>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未解决的工单</translation>
    </message>
    <message>
        <source>Solved and closed</source>
        <translation>已解决和已关闭</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>No tickets here. When something goes wrong, choose “New ticket”.</source>
        <translation>这里没有工单。遇到问题时，请点击“新建工单”。</translation>
    </message>
</context>
<context>
    <name>NewTicketPage</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Tell us what went wrong. Support sees everything you enter here.</source>
        <translation>请告诉我们出了什么问题。支持人员能看到您在这里填写的全部内容。</translation>
    </message>
    <message>
        <source>A short summary, e.g. “Printing fails with ORA-12154”</source>
        <translation>简短概述，例如“打印时报 ORA-12154 错误”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>What were you doing, what did you expect, and what happened instead?</source>
        <translation>您当时在做什么？预期的结果是什么？实际发生了什么？</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send ticket</source>
        <translation>提交工单</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Please give the ticket a title.</source>
        <translation>请填写工单标题。</translation>
    </message>
    <message>
        <source>Ticket %1 was sent. You will be notified of replies.</source>
        <translation>工单 %1 已提交。有回复时会通知您。</translation>
    </message>
    <message>
        <source>The ticket was not sent because the hub cannot be reached. Your text and files are kept; try again when the connection is back.</source>
        <translation>无法连接服务器，工单未提交。您的文字和文件已保留，连接恢复后请重试。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Glad it helped. Nothing was filed.</source>
        <translation>很高兴帮上忙，未提交任何工单。</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Send all now</source>
        <translation>立即全部发送</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>全部已发送。</translation>
    </message>
    <message>
        <source>They will be sent once you sign in.</source>
        <translation>登录后将自动发送。</translation>
    </message>
    <message>
        <source>The hub cannot be reached; Kefu keeps trying.</source>
        <translation>无法连接服务端，客服会继续尝试。</translation>
    </message>
    <message>
        <source>It is being sent right now and cannot be removed.</source>
        <translation>正在发送中，无法移除。</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>已发送，编号 %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Sending… %1%</source>
        <translation>正在发送… %1%</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in</source>
        <translation>等待登录</translation>
    </message>
    <message>
        <source>Waiting for the account that filed it</source>
        <translation>等待提交该报告的账号登录</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>等待网络连接</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
</context>
<context>
    <name>OutboxPump</name>
    <message numerus="yes">
        <source>Sending %n report(s)…</source>
        <translation>
            <numerusform>正在发送 %n 份报告…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 份报告等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) failed</source>
        <translation>
            <numerusform>%n 份报告发送失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxUi</name>
    <message>
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies the next time Kefu starts.</source>
        <translation>新语言将在下次启动客服时生效。</translation>
    </message>
    <message>
        <source>Show a desktop notification when a reply arrives</source>
        <translation>收到回复时显示桌面通知</translation>
    </message>
    <message>
        <source>This computer (built-in hub)</source>
        <translation>本机（内置服务器）</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Allow sending my sign-in over plain http (not recommended)</source>
        <translation>允许通过不加密的 http 发送登录信息（不推荐）</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <source>Tesseract program</source>
        <translation>Tesseract 程序</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Tesseract (text recognition)</source>
        <translation>Tesseract（文字识别）</translation>
    </message>
    <message>
        <source>Leave empty to let Kefu find Tesseract; press Test to check it.</source>
        <translation>留空则由客服自动查找 Tesseract；点击“测试”检查是否可用。</translation>
    </message>
    <message>
        <source>Programs (*.exe)</source>
        <translation>程序 (*.exe)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Tesseract %1 works (%2).</source>
        <translation>Tesseract %1 可以使用（%2）。</translation>
    </message>
    <message>
        <source>Chinese (chi_sim) is installed.</source>
        <translation>已安装简体中文（chi_sim）。</translation>
    </message>
    <message>
        <source>Chinese (chi_sim) is missing, so Chinese text will not be read.</source>
        <translation>缺少简体中文（chi_sim），将无法识别中文文字。</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be run. Choose the tesseract program, or clear the field to let Kefu look for it.</source>
        <translation>该文件不存在或无法运行。请选择 tesseract 程序，或清空此栏让客服自动查找。</translation>
    </message>
    <message>
        <source>Tesseract is not installed, so the text in screenshots cannot be read.</source>
        <translation>未安装 Tesseract，无法识别截图中的文字。</translation>
    </message>
    <message>
        <source>This program is not Tesseract (it did not report a version).</source>
        <translation>该程序不是 Tesseract（未报告版本号）。</translation>
    </message>
    <message>
        <source>Tesseract could not be run: %1</source>
        <translation>无法运行 Tesseract：%1</translation>
    </message>
    <message>
        <source>Download it from %1 and tick Chinese Simplified among the languages.</source>
        <translation>请从 %1 下载安装，并在语言中勾选简体中文（Chinese Simplified）。</translation>
    </message>
    <message>
        <source>Install it with: %1</source>
        <translation>安装命令：%1</translation>
    </message>
</context>
<context>
    <name>PresenceTracker</name>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 正在回复…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 正在回复…</translation>
    </message>
    <message>
        <source>%1 is viewing this ticket</source>
        <translation>%1 正在查看此工单</translation>
    </message>
    <message>
        <source>%1 are viewing this ticket</source>
        <translation>%1 正在查看此工单</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Nothing matches these filters. New tickets appear here live.</source>
        <translation>没有符合筛选条件的工单。新工单会实时出现在这里。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>最紧急优先</translation>
    </message>
    <message>
        <source>Sort by SLA: overdue, then due soonest</source>
        <translation>按 SLA 排序：先超时的，再按最早到期</translation>
    </message>
    <message>
        <source>The board shows every status as a column</source>
        <translation>看板把每个状态显示为一列</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>任意组</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任意分类</translation>
    </message>
</context>
<context>
    <name>RemoteSessionsPanel</name>
    <message>
        <source>Remote sessions</source>
        <translation>远程会话</translation>
    </message>
    <message>
        <source>Request remote session</source>
        <translation>请求远程会话</translation>
    </message>
    <message>
        <source>Ask the customer to share their screen with you (view only)</source>
        <translation>请客户与您共享屏幕（仅查看）</translation>
    </message>
    <message>
        <source>view only</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>等待回应</translation>
    </message>
    <message>
        <source>sharing now</source>
        <translation>正在共享</translation>
    </message>
    <message>
        <source>What do you need to see? The customer reads this before deciding (optional):</source>
        <translation>您需要查看什么？客户会在决定前看到这段说明（可选）：</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>发送请求</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Sign in first, then report the problem.</source>
        <translation>请先登录，再报告问题。</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Report a problem — Kefu</source>
        <translation>报告问题 — 客服</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>Reading the text and looking for private data…</source>
        <translation>正在识别文字并查找隐私数据…</translation>
    </message>
    <message>
        <source>The text in the screenshot could not be read (%1). Describe the problem in your own words.</source>
        <translation>无法识别截图中的文字（%1）。请用您自己的话描述问题。</translation>
    </message>
    <message numerus="yes">
        <source>Text read. %n private item(s) hidden.</source>
        <translation>
            <numerusform>文字已识别。已隐藏 %n 项隐私数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Text read. No private data found; hide anything else with the Hide tool.</source>
        <translation>文字已识别。未发现隐私数据；其他内容可用“遮挡”工具隐藏。</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) attached</source>
        <translation>
            <numerusform>已附加 %n 张截图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) filled black</source>
        <translation>
            <numerusform>已涂黑 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for answers…</source>
        <translation>正在查找答案…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>没有建议：%1</translation>
    </message>
    <message>
        <source>Please wait until the text of the screenshots is read.</source>
        <translation>请等待截图中的文字识别完成。</translation>
    </message>
    <message>
        <source>Please give the ticket a title.</source>
        <translation>请填写工单标题。</translation>
    </message>
    <message>
        <source>Ticket %1 was filed. You will be notified of replies.</source>
        <translation>工单 %1 已提交。有回复时会通知您。</translation>
    </message>
    <message>
        <source>Your screenshots were added to %1.</source>
        <translation>您的截图已添加到 %1。</translation>
    </message>
    <message>
        <source>Glad it is solved. Nothing was filed.</source>
        <translation>很高兴问题已解决。未提交工单。</translation>
    </message>
</context>
<context>
    <name>ResolvedPrompt</name>
    <message>
        <source>Is it solved?</source>
        <translation>问题解决了吗？</translation>
    </message>
    <message>
        <source>Support resolved %1</source>
        <translation>客服已解决 %1</translation>
    </message>
    <message>
        <source>“%1”. Is your problem solved? Open the ticket to answer and rate the help.</source>
        <translation>“%1”。您的问题解决了吗？请打开工单回答并评价本次服务。</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation>检查并发送</translation>
    </message>
    <message>
        <source>A short summary of the problem</source>
        <translation>问题的简短概述</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>What were you doing, what did you expect, and what happened instead?</source>
        <translation>您当时在做什么？预期的结果是什么？实际发生了什么？</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Include system details</source>
        <translation>附带系统信息</translation>
    </message>
    <message>
        <source>Back to screenshots</source>
        <translation>返回截图</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>File the ticket (Ctrl+Enter)</source>
        <translation>提交工单 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Answers that may help</source>
        <translation>可能有帮助的答案</translation>
    </message>
    <message>
        <source>This solved it</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>Is it one of these?</source>
        <translation>是以下工单之一吗？</translation>
    </message>
    <message>
        <source>Your open tickets about the same error. Add the screenshots there instead.</source>
        <translation>这是您关于同一错误的未解决工单。可以把截图添加到那里。</translation>
    </message>
    <message>
        <source>Add to this ticket</source>
        <translation>添加到此工单</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>same error</source>
        <translation>相同错误</translation>
    </message>
    <message>
        <source>similar text</source>
        <translation>相似内容</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your sign-in is kept only until Kefu closes: %1</source>
        <translation>登录状态仅保留到客服关闭：%1</translation>
    </message>
</context>
<context>
    <name>SharingBar</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Paused — %1 sees a grey screen · %2</source>
        <translation>已暂停 — %1 看到的是灰色画面 · %2</translation>
    </message>
    <message>
        <source>Sharing with %1 · %2</source>
        <translation>正在与 %1 共享 · %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Kefu</source>
        <translation>登录客服</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>This is a support agent account (this computer only)</source>
        <translation>这是客服人员账号（仅限本机）</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>注册账号</translation>
    </message>
    <message>
        <source>Use another hub…</source>
        <translation>使用其他服务器…</translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation>请输入电子邮箱和密码。</translation>
    </message>
    <message>
        <source>Enter your name and a valid e-mail address.</source>
        <translation>请输入姓名和有效的电子邮箱。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
</context>
<context>
    <name>SlaTab</name>
    <message>
        <source>How soon a ticket must be answered and solved, by priority. Clocks stop while a ticket waits on the customer; changes apply to new tickets.</source>
        <translation>按优先级设定工单必须多快得到响应和解决。工单等待客户回复时计时暂停；更改只对新工单生效。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>首次响应时限</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Save SLA</source>
        <translation>保存 SLA</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Saved. New tickets get these targets.</source>
        <translation>已保存。新工单将使用这些目标。</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评分</translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <source>Starting Kefu…</source>
        <translation>正在启动客服…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordBox</name>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Temporary password for %1. Give it to them now; it is shown only once.</source>
        <translation>%1 的临时密码。请现在告知对方；它只显示这一次。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>TicketBoard</name>
    <message>
        <source>Show closed</source>
        <translation>显示已关闭</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>paused or met</source>
        <translation>暂停或已达成</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TicketDetailsPanel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1（我）</translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Search number, title, text…</source>
        <translation>搜索编号、标题、内容…</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>搜索工单</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表 (Esc)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Attachments (double-click to view)</source>
        <translation>附件（双击查看）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 is not an image; it cannot be shown here.</source>
        <translation>%1 不是图片，无法在此显示。</translation>
    </message>
    <message>
        <source>Only agents will see this note.</source>
        <translation>只有客服人员能看到此备注。</translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation>给团队写一条内部备注…</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation>客户会看到此回复。</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>写回复…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <source>First response time</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>From filing to the first public agent reply, tickets filed in the period.</source>
        <translation>从提交到客服首次公开回复的时间，统计此期间提交的工单。</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>解决时长</translation>
    </message>
    <message>
        <source>From filing to resolution, tickets resolved in the period.</source>
        <translation>从提交到解决的时间，统计此期间解决的工单。</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次接触解决率</translation>
    </message>
    <message>
        <source>Resolved with at most one agent reply and never reopened.</source>
        <translation>客服最多回复一次即解决且从未重新打开。</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <source>The customers&apos; ratings (1–5) given in the period.</source>
        <translation>客户在此期间给出的评分（1–5）。</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重新打开率</translation>
    </message>
    <message>
        <source>Of the tickets filed in the period and resolved, the share reopened.</source>
        <translation>此期间提交并已解决的工单中，被重新打开的比例。</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <source>First responses and resolutions made by their due time.</source>
        <translation>在截止时间前完成的首次响应和解决。</translation>
    </message>
    <message>
        <source>Duplicate tickets</source>
        <translation>重复工单</translation>
    </message>
    <message>
        <source>Tickets about an error that an earlier ticket already reported.</source>
        <translation>报告的错误已有更早工单报告过的工单。</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Deflections: customers solved it with an article and filed nothing. Adoption: resolved tickets on which an agent used an article.</source>
        <translation>自助解决：客户通过文章解决了问题，没有提交工单。采用率：客服使用了文章的已解决工单比例。</translation>
    </message>
    <message>
        <source>No tickets counted</source>
        <translation>没有可统计的工单</translation>
    </message>
    <message>
        <source>median %1 · tickets: %2</source>
        <translation>中位数 %1 · 工单：%2</translation>
    </message>
    <message>
        <source>resolved tickets: %1</source>
        <translation>已解决工单：%1</translation>
    </message>
    <message>
        <source>ratings: %1</source>
        <translation>评分：%1</translation>
    </message>
    <message>
        <source>of the resolved tickets filed in the period</source>
        <translation>占此期间提交并已解决的工单</translation>
    </message>
    <message>
        <source>resolutions on time; first responses %1</source>
        <translation>按时解决；首次响应 %1</translation>
    </message>
    <message>
        <source>tickets filed: %1</source>
        <translation>提交工单：%1</translation>
    </message>
    <message>
        <source>%1 deflected</source>
        <translation>自助解决 %1 次</translation>
    </message>
    <message>
        <source>adoption %1 · articles used: %2</source>
        <translation>采用率 %1 · 使用文章：%2</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>%1 asks for help now</source>
        <translation>%1 正在请求立即协助</translation>
    </message>
    <message>
        <source>%1 has had no first response within its SLA.</source>
        <translation>%1 未在 SLA 规定时间内得到首次响应。</translation>
    </message>
    <message>
        <source>%1 is past its resolution time.</source>
        <translation>%1 已超过解决时限。</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA 超时：%1</translation>
    </message>
    <message>
        <source>Kefu — sharing your screen with %1</source>
        <translation>客服 — 正在与 %1 共享您的屏幕</translation>
    </message>
    <message numerus="yes">
        <source>Kefu — %n unread ticket(s)</source>
        <translation>
            <numerusform>客服 — %n 个未读工单</numerusform>
        </translation>
    </message>
    <message>
        <source>support</source>
        <translation>客服人员</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open Kefu</source>
        <translation>打开客服</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>报告问题…</translation>
    </message>
    <message>
        <source>Ask for help now…</source>
        <translation>立即求助…</translation>
    </message>
    <message>
        <source>File a ticket and ask an agent to look at your screen with you</source>
        <translation>提交工单，并请客服与您一起查看您的屏幕</translation>
    </message>
    <message>
        <source>Quit Kefu</source>
        <translation>退出客服</translation>
    </message>
    <message numerus="yes">
        <source>Recent tickets (%n unread)</source>
        <translation>
            <numerusform>最近的工单（%n 个未读）</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>最近的工单</translation>
    </message>
    <message>
        <source>New reply you have not read</source>
        <translation>有您尚未阅读的新回复</translation>
    </message>
    <message>
        <source>Asking for a live session</source>
        <translation>请求实时协助</translation>
    </message>
    <message>
        <source>Open the ticket and request a remote session</source>
        <translation>打开工单并请求远程协助</translation>
    </message>
</context>
<context>
    <name>TypingAnswers</name>
    <message>
        <source>These answers may solve it before you send anything:</source>
        <translation>发送之前，这些解答也许就能解决问题：</translation>
    </message>
    <message>
        <source>That was not recorded: %1</source>
        <translation>未能记录：%1</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>VIP customer (tickets get a higher priority)</source>
        <translation>VIP 客户（工单优先级更高）</translation>
    </message>
    <message>
        <source>Senior agent (takes VIP tickets)</source>
        <translation>资深客服（处理 VIP 工单）</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Agents and admins work the queue; customers file tickets.</source>
        <translation>客服和管理员处理工单队列；客户提交工单。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>资深</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out and cannot sign in again.</source>
        <translation>停用 %1？其账户将被登出，且无法再次登录。</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? They are signed out everywhere.</source>
        <translation>为 %1 生成新的临时密码？其所有设备都将被登出。</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>%1&apos;s screen — %2</source>
        <translation>%1 的屏幕 — %2</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual pixels, no scaling</source>
        <translation>实际像素，不缩放</translation>
    </message>
    <message>
        <source>Snapshot to ticket</source>
        <translation>截图到工单</translation>
    </message>
    <message>
        <source>Attach the current picture to the ticket</source>
        <translation>把当前画面附加到工单</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Click on the picture to point at something on their screen.</source>
        <translation>在画面上单击，即可在对方屏幕上指示位置。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>正在等待 %1 同意…</translation>
    </message>
    <message>
        <source>If they do not see the request, read them this code: %1</source>
        <translation>如果对方没有看到请求，请把此会话码告诉对方：%1</translation>
    </message>
    <message>
        <source>%1 fps · %2 ms · %3 kbit/s</source>
        <translation>%1 帧/秒 · %2 毫秒 · %3 kbit/s</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kefu</source>
        <translation>欢迎使用客服</translation>
    </message>
    <message>
        <source>Report a problem straight from your screen, follow the answers, or help the people who asked. First, where should your tickets live?</source>
        <translation>直接从屏幕报告问题、跟进回复，或帮助提问的人。首先，工单要保存在哪里？</translation>
    </message>
    <message>
        <source>Use Kefu on this computer</source>
        <translation>在本机使用客服</translation>
    </message>
    <message>
        <source>Kefu runs its own small hub on this computer. Good for trying it out, or for one person who is both customer and support.</source>
        <translation>客服会在本机运行一个小型服务器。适合试用，或一个人同时担任客户和客服。</translation>
    </message>
    <message>
        <source>Connect to my organization&apos;s hub</source>
        <translation>连接到我单位的服务器</translation>
    </message>
    <message>
        <source>Your support team gives you the address, e.g. https://support.example.com.</source>
        <translation>地址由您的支持团队提供，例如 https://support.example.com。</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, e.g. https://support.example.com.</source>
        <translation>请输入服务器地址，例如 https://support.example.com。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>There is already a group with this name.</source>
        <translation>已有同名的组。</translation>
    </message>
    <message>
        <source>A category with this slug exists already.</source>
        <translation>已有使用此标识的分类。</translation>
    </message>
    <message>
        <source>An account with this e-mail address exists.</source>
        <translation>已有使用此电子邮件地址的账户。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or give up your own admin role; ask another admin.</source>
        <translation>不能停用自己，也不能取消自己的管理员角色；请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>It was removed meanwhile; press Reload and try again.</source>
        <translation>它已被删除；请点击“刷新”后重试。</translation>
    </message>
    <message>
        <source>Only administrators may change this.</source>
        <translation>只有管理员可以修改此项。</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>请输入形如 name@example.com 的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter a name (at most 120 characters).</source>
        <translation>请输入名称（最多 120 个字符）。</translation>
    </message>
    <message>
        <source>Enter the Chinese name (at most 120 characters).</source>
        <translation>请输入中文名称（最多 120 个字符）。</translation>
    </message>
    <message>
        <source>The slug starts with a letter and has only lowercase letters, digits and _ (2 to 64 characters).</source>
        <translation>标识须以字母开头，只能包含小写字母、数字和 _（2 到 64 个字符）。</translation>
    </message>
    <message>
        <source>The organization is too long (200 characters).</source>
        <translation>单位名称过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The description is too long (1000 characters).</source>
        <translation>说明过长（最多 1000 个字符）。</translation>
    </message>
    <message>
        <source>Enter a title (at most 200 characters).</source>
        <translation>请输入标题（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>Enter the reply&apos;s text.</source>
        <translation>请输入回复内容。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Kefu is already running with this profile. Use the open window, or start with --profile NAME for a second one.</source>
        <translation>客服已在使用此配置运行。请使用已打开的窗口，或用 --profile 名称 启动另一个。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot reach the hub. Check your network connection; what you typed is kept.</source>
        <translation>无法连接服务器。请检查网络连接；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be verified. Check the address, or set your organization&apos;s CA bundle.</source>
        <translation>无法验证服务器证书。请检查地址，或设置您单位的 CA 证书。</translation>
    </message>
    <message>
        <source>This hub uses plain http, which would expose your password. Use an https address.</source>
        <translation>此服务器使用不加密的 http，会泄露您的密码。请使用 https 地址。</translation>
    </message>
    <message>
        <source>That address answers, but it is not a Kefu hub.</source>
        <translation>该地址有响应，但不是客服服务器。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>电子邮箱或密码错误。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation>失败次数过多。请等几分钟后再试。</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation>此电子邮箱已注册，请直接登录。</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>您没有权限执行此操作。</translation>
    </message>
    <message>
        <source>That ticket no longer exists or is not yours to see.</source>
        <translation>该工单不存在或您无权查看。</translation>
    </message>
    <message>
        <source>The ticket&apos;s status changed meanwhile; reload and try again.</source>
        <translation>工单状态已被更改，请刷新后重试。</translation>
    </message>
    <message>
        <source>A file is too large for the hub.</source>
        <translation>有文件超过服务器允许的大小。</translation>
    </message>
    <message>
        <source>A file claims to be an image but is not one.</source>
        <translation>有文件声称是图片，但实际不是。</translation>
    </message>
    <message>
        <source>That ticket was already merged into another one; open that one instead.</source>
        <translation>该工单已合并到另一个工单，请打开那个工单。</translation>
    </message>
    <message>
        <source>A file changed or was damaged while it was sent; send it again.</source>
        <translation>文件在发送过程中发生变化或损坏，请重新发送。</translation>
    </message>
    <message>
        <source>A file did not reach the hub; attach it again and send once more.</source>
        <translation>有文件未能送达服务器，请重新添加并再次发送。</translation>
    </message>
    <message>
        <source>The hub is busy right now; try again in a moment.</source>
        <translation>服务器正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or give up your own admin role.</source>
        <translation>不能停用自己，也不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>只能合并同一客户的工单。</translation>
    </message>
    <message>
        <source>This was already sent with different content; send it as a new one.</source>
        <translation>此内容已以不同内容发送过，请作为新内容发送。</translation>
    </message>
    <message>
        <source>This code is not valid. Check the nine digits with the agent.</source>
        <translation>此代码无效，请与客服核对这九位数字。</translation>
    </message>
    <message>
        <source>That name is already used; choose another.</source>
        <translation>该名称已被使用，请换一个。</translation>
    </message>
    <message>
        <source>That short name is already used; choose another.</source>
        <translation>该简称已被使用，请换一个。</translation>
    </message>
    <message>
        <source>This can only be done for customer accounts; deactivate agents instead.</source>
        <translation>此操作仅适用于客户账号；客服账号请改为停用。</translation>
    </message>
    <message>
        <source>Support has not marked this ticket as resolved yet.</source>
        <translation>客服尚未将此工单标记为已解决。</translation>
    </message>
    <message>
        <source>A remote session is already open for this ticket.</source>
        <translation>此工单已有一个远程会话在进行。</translation>
    </message>
    <message>
        <source>This remote-session request was already answered or has ended.</source>
        <translation>此远程会话请求已被答复或已结束。</translation>
    </message>
    <message>
        <source>Too many new accounts from this network just now. Try again later, or ask your support desk to create the account.</source>
        <translation>此网络刚刚注册的新账号过多。请稍后再试，或请客服中心为您创建账号。</translation>
    </message>
    <message>
        <source>This version of Kefu and the hub do not agree; update Kefu.</source>
        <translation>此版本的 Kefu 与服务器不兼容，请更新 Kefu。</translation>
    </message>
    <message>
        <source>What was sent is too large for the hub.</source>
        <translation>发送的内容超出服务器的大小限制。</translation>
    </message>
    <message>
        <source>The hub does not accept this kind of file.</source>
        <translation>服务器不接受此类文件。</translation>
    </message>
    <message>
        <source>The hub hit an unexpected problem; try again later.</source>
        <translation>服务器出现意外问题，请稍后再试。</translation>
    </message>
    <message>
        <source>The Tesseract program chosen in Preferences cannot be run; choose it again, or clear the field to let Kefu look for it.</source>
        <translation>首选项中选择的 Tesseract 程序无法运行；请重新选择，或清空该项让 Kefu 自动查找。</translation>
    </message>
    <message>
        <source>The program chosen in Preferences is not Tesseract; choose another.</source>
        <translation>首选项中选择的程序不是 Tesseract，请另选。</translation>
    </message>
    <message>
        <source>Download it from %1 and tick Chinese Simplified.</source>
        <translation>请从 %1 下载，并勾选简体中文。</translation>
    </message>
    <message>
        <source>Install it with: %1</source>
        <translation>安装命令：%1</translation>
    </message>
    <message>
        <source>Tesseract is not installed, so the text in screenshots cannot be read.</source>
        <translation>未安装 Tesseract，无法识别截图中的文字。</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>请检查表单：%1</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>已取消上传。</translation>
    </message>
    <message>
        <source>The built-in hub could not start: %1</source>
        <translation>内置服务器无法启动：%1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>无法读取或写入文件：%1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
</context>
<context>
    <name>kb</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Draft an article from this ticket</source>
        <translation>用此工单起草知识库文章</translation>
    </message>
    <message>
        <source>Resolve the ticket first; then draft from it.</source>
        <translation>请先解决此工单，再用它起草文章。</translation>
    </message>
    <message>
        <source>Only a resolved ticket can become an article: resolve it first.</source>
        <translation>只有已解决的工单才能变成文章：请先解决它。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation>请为文章填写标题。</translation>
    </message>
    <message>
        <source>The title is too long: keep it under %1 characters.</source>
        <translation>标题太长：请控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>The text is too long for one article; split it into several.</source>
        <translation>正文太长，请拆分成几篇文章。</translation>
    </message>
    <message>
        <source>Write the answer before publishing (or save it as a draft).</source>
        <translation>发布前请先写好解答（或先保存为草稿）。</translation>
    </message>
    <message>
        <source>A tag is too long: keep each under %1 characters.</source>
        <translation>有标签太长：每个标签请控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>Use at most %1 tags.</source>
        <translation>最多使用 %1 个标签。</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>That article no longer exists or is no longer published.</source>
        <translation>这篇文章已不存在或已取消发布。</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章内容</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>No tickets were filed or resolved in this period.</source>
        <translation>此期间没有新建或解决的工单。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>No replies or resolutions in this period yet.</source>
        <translation>此期间还没有回复或解决的工单。</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>首次响应（中位数）</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>解决时长（中位数）</translation>
    </message>
    <message>
        <source>No ratings in this period. Customers rate a ticket when they confirm the fix.</source>
        <translation>此期间没有评分。客户确认问题解决时会为工单评分。</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Nothing is waiting: every ticket is resolved or closed.</source>
        <translation>没有积压：所有工单都已解决或关闭。</translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation>不到 1 天</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <source>Over 7 days</source>
        <translation>超过 7 天</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>This report has %1 files, but the hub takes at most %2. Leave some out, or put them into one zip file. Nothing was sent yet.</source>
        <translation>此报告包含 %1 个文件，但服务器最多接受 %2 个。请去掉一些，或把它们打包成一个 zip 文件。尚未发送任何内容。</translation>
    </message>
    <message>
        <source>“%1” is %2, but the hub takes files up to %3. Make it smaller (crop the screenshot, zip the log) or leave it out. Nothing was sent yet.</source>
        <translation>“%1”大小为 %2，但服务器只接受不超过 %3 的文件。请缩小它（裁剪截图、压缩日志）或不附加它。尚未发送任何内容。</translation>
    </message>
    <message>
        <source>Queued in the outbox: it will be sent by itself when the hub is reachable. File ▸ Outbox shows it.</source>
        <translation>已放入发件箱：连接到服务器后会自动发送。可在“文件 ▸ 发件箱”中查看。</translation>
    </message>
</context>
<context>
    <name>remote</name>
    <message>
        <source>%1 declined the request.</source>
        <translation>%1 拒绝了请求。</translation>
    </message>
    <message>
        <source>The request was not answered in time.</source>
        <translation>请求未在规定时间内得到回应。</translation>
    </message>
    <message>
        <source>The session code was entered wrongly too often and is locked.</source>
        <translation>会话码输错次数过多，已被锁定。</translation>
    </message>
    <message>
        <source>The session ended after a long time without activity.</source>
        <translation>会话因长时间无活动而结束。</translation>
    </message>
    <message>
        <source>The session reached its maximum length and ended.</source>
        <translation>会话已达到最长时间并结束。</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 结束了会话。</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>会话已结束。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>E-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>密码或令牌</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>语言和地区</translation>
    </message>
    <message>
        <source>Kefu version</source>
        <translation>客服版本</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主屏幕</translation>
    </message>
    <message>
        <source>Error text read from the screenshot:</source>
        <translation>从截图中识别的错误文字：</translation>
    </message>
    <message>
        <source>Error codes:</source>
        <translation>错误代码：</translation>
    </message>
    <message>
        <source>System details</source>
        <translation>系统信息</translation>
    </message>
</context>
<context>
    <name>sla</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>paused while waiting on the customer</source>
        <translation>等待客户期间暂停</translation>
    </message>
    <message>
        <source>No SLA target for this ticket</source>
        <translation>此工单没有 SLA 目标</translation>
    </message>
    <message>
        <source>%1 due %2 (%3)</source>
        <translation>%1 截止于 %2（%3）</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting on you</source>
        <translation>等待您回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>等待客户回复</translation>
    </message>
</context>
<context>
    <name>thread</name>
    <message>
        <source>Attached:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>opened the ticket</source>
        <translation>提交了工单</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Internal note — customers cannot see this</source>
        <translation>内部备注 — 客户看不到</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
</context>
</TS>
