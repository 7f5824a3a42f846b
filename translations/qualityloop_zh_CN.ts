<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionService</name>
    <message>
        <source>There is no such corrective action.</source>
        <translation>没有这项纠正措施。</translation>
    </message>
    <message>
        <source>There is no rectification notice numbered “%1”.</source>
        <translation>没有编号为“%1”的整改通知单。</translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation>请说明要纠正什么。</translation>
    </message>
    <message>
        <source>Choose the unit that owns the action.</source>
        <translation>请选择负责这项措施的责任单位。</translation>
    </message>
    <message>
        <source>Give the day the action is due.</source>
        <translation>请填写措施的完成日期。</translation>
    </message>
    <message>
        <source>The due day cannot be in the past.</source>
        <translation>完成日期不能早于今天。</translation>
    </message>
    <message>
        <source>Name the case the action comes from.</source>
        <translation>请指明措施来自哪个问题单。</translation>
    </message>
    <message>
        <source>Name the tracing the action comes from.</source>
        <translation>请指明措施来自哪个质量追溯。</translation>
    </message>
    <message>
        <source>Name the survey finding the action comes from.</source>
        <translation>请指明措施来自哪项调查发现。</translation>
    </message>
    <message>
        <source>Action %1 is closed; it stays as it was.</source>
        <translation>措施 %1 已关闭，保持原样。</translation>
    </message>
    <message>
        <source>The %1 already had this notice on %2.</source>
        <translation>%1已于 %2 传阅过这份通知单。</translation>
    </message>
    <message>
        <source>Give the day of the meeting.</source>
        <translation>请填写会议日期。</translation>
    </message>
    <message>
        <source>Record a meeting once it was held.</source>
        <translation>会议召开之后才能登记。</translation>
    </message>
    <message>
        <source>The meeting cannot be before the notice was raised.</source>
        <translation>会议日期不能早于通知单下发日期。</translation>
    </message>
    <message>
        <source>Name who signed the notice off at the meeting.</source>
        <translation>请填写会上签认通知单的人。</translation>
    </message>
    <message>
        <source>Action %1 was already reported done.</source>
        <translation>措施 %1 已报告完成。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请说明做了什么。</translation>
    </message>
    <message>
        <source>The effectiveness is checked once the owner unit reported the action done.</source>
        <translation>责任单位报告措施完成后才能验证有效性。</translation>
    </message>
    <message>
        <source>Say how the effectiveness was checked.</source>
        <translation>请说明如何验证有效性。</translation>
    </message>
    <message>
        <source>An action closes only once its effectiveness was checked and found effective.</source>
        <translation>措施须经有效性验证并确认有效后才能关闭。</translation>
    </message>
    <message>
        <source>An action closes only once its rectification notice went through the three meetings.</source>
        <translation>整改通知单须经三个会议传阅后，措施才能关闭。</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知单</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Raise action…</source>
        <translation>提出措施(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Meeting…</source>
        <translation>会议(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Effectiveness…</source>
        <translation>有效性(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close action</source>
        <translation>关闭措施(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>打印通知单(&amp;P)…</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知单</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Close action</source>
        <translation>关闭措施</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议传阅</translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation>%1 / 3</translation>
    </message>
</context>
<context>
    <name>AddFilesDialog</name>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>添加 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>A caption says what the file shows (optional). The files are kept in the database with the case, with your name and the time.</source>
        <translation>说明写明文件的内容（可不填）。文件随问题单保存在数据库中，并记下您的姓名和时间。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Caption (optional)</source>
        <translation>说明（可不填）</translation>
    </message>
    <message>
        <source>Caption of %1</source>
        <translation>%1 的说明</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Do not add this file</source>
        <translation>不添加此文件</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <source>Check and analyse</source>
        <translation>核实与分析</translation>
    </message>
    <message>
        <source>&lt;b&gt;Symptom:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;故障现象：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Grade of the event</source>
        <translation>质量事件等级</translation>
    </message>
    <message>
        <source>Temporary measures</source>
        <translation>临时措施</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Processing deadline</source>
        <translation>处理期限</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Response rules:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Temporary measures:&lt;/b&gt; %2&lt;br&gt;Processing within %n hour(s).</source>
        <translation>
            <numerusform>&lt;b&gt;响应规则：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;临时措施：&lt;/b&gt;%2&lt;br&gt;须在 %n 小时内处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a grade to see its response rules.</source>
        <translation>选择等级后可查看其响应规则。</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Give each unit its deadline as a date and time (2026-03-05 17:00) or as a span (3 days).</source>
        <translation>为每个责任单位填写期限：日期和时间（2026-03-05 17:00）或天数（3 天）。</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>After-sales quality information: cases from the customer&apos;s call to the written feedback.</source>
        <translation>售后质量信息管理：从客户质量信息到书面反馈的全过程问题单。</translation>
    </message>
    <message>
        <source>Open the demonstration database, filled with sample data (kept apart from real data).</source>
        <translation>打开演示数据库，其中填有示例数据（与真实数据分开存放）。</translation>
    </message>
    <message>
        <source>Open the window, then quit (for installation checks).</source>
        <translation>打开窗口后立即退出（用于安装检查）。</translation>
    </message>
    <message>
        <source>Open the window on PAGE: work, cases or flow.</source>
        <translation>打开窗口时显示页面 PAGE：work、cases 或 flow。</translation>
    </message>
    <message>
        <source>Print how long the window took to show its first page and its counts (also when QL_REPORT_STARTUP is set).</source>
        <translation>输出窗口显示首页及统计数所用的时间（设置了 QL_REPORT_STARTUP 时也会输出）。</translation>
    </message>
    <message>
        <source>After the first page, scroll the list through N rows, then quit (for the benchmark).</source>
        <translation>显示首页后将列表滚动 N 行，然后退出（用于性能测试）。</translation>
    </message>
    <message>
        <source>Open the database DB: a file (made if it does not exist), or a database on a PostgreSQL server, postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>打开数据库 DB：一个文件（不存在时自动创建），或 PostgreSQL 服务器上的数据库 postgresql://USER@HOST[:PORT]/DB。</translation>
    </message>
</context>
<context>
    <name>ArrivalRule</name>
    <message numerus="yes">
        <source>Grade %1 asks for a technician on site within %n hour(s), by %2. The appointed arrival %3 is later: agree it with the customer or appoint an earlier time.</source>
        <translation>
            <numerusform>等级 %1 要求服务技术员在 %n 小时内到达现场，即 %2 之前。约定到达时间 %3 晚于此：请与客户确认，或约定更早的时间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachCommands</name>
    <message>
        <source>  attach CASE-NUMBER FILE... --database DB --user NAME [--caption TEXT]
        add files to a case (stored in the database; each file once)</source>
        <translation>  attach CASE-NUMBER FILE... --database DB --user NAME [--caption TEXT]
        向问题单添加文件（保存在数据库中；相同文件只存一份）</translation>
    </message>
    <message>
        <source>  attachments CASE-NUMBER --database DB [--extract FOLDER]
        list a case&apos;s files; --extract copies them into FOLDER as they were added</source>
        <translation>  attachments CASE-NUMBER --database DB [--extract FOLDER]
        列出问题单的文件；--extract 将文件按添加时的原样复制到 FOLDER</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>Who adds the files (a user name).</source>
        <translation>添加文件的人（用户名）。</translation>
    </message>
    <message>
        <source>A caption for the files.</source>
        <translation>文件的说明。</translation>
    </message>
    <message>
        <source>attach needs a CASE-NUMBER, at least one FILE, --database DB and --user NAME.</source>
        <translation>attach 需要 CASE-NUMBER、至少一个 FILE、--database DB 和 --user NAME。</translation>
    </message>
    <message>
        <source>There is no active user named “%1”.</source>
        <translation>没有名为“%1”的有效用户。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3 MB, SHA-256 %4) to %5</source>
        <translation>已将 %1（%2，%3 MB，SHA-256 %4）添加到 %5</translation>
    </message>
    <message>
        <source>Copy the files into FOLDER.</source>
        <translation>将文件复制到 FOLDER。</translation>
    </message>
    <message>
        <source>attachments needs one CASE-NUMBER and --database DB.</source>
        <translation>attachments 需要一个 CASE-NUMBER 和 --database DB。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” was not copied correctly (its SHA-256 differs).</source>
        <translation>“%1”未正确复制（其 SHA-256 不一致）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied into %1, each checked by its SHA-256.</source>
        <translation>
            <numerusform>已将 %n 个文件复制到 %1，每个文件均已按 SHA-256 核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 has no files.</source>
        <translation>问题单 %1 没有文件。</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Added by %1, %2, at the %3</source>
        <translation>由 %1 于 %2 在“%3”添加</translation>
    </message>
    <message>
        <source>Withdrawn by %1, %2: %3</source>
        <translation>由 %1 于 %2 撤回：%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The folder “%1” for opening files cannot be made.</source>
        <translation>无法创建用于打开文件的文件夹“%1”。</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Save it with Save as… and open it where it can be read.</source>
        <translation>本机没有能打开“%1”的程序。请用“另存为…”保存，再到能阅读它的地方打开。</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>保存文件副本</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the stored file could not be read</source>
        <translation>无法读取已保存的文件</translation>
    </message>
</context>
<context>
    <name>AttachmentKinds</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Office file</source>
        <translation>Office 文件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>AttachmentQuery</name>
    <message>
        <source>There is no file with the id %1.</source>
        <translation>不存在 ID 为 %1 的文件。</translation>
    </message>
</context>
<context>
    <name>AttachmentRules</name>
    <message>
        <source>Sign in to add files to a case.</source>
        <translation>请先登录，再向问题单添加文件。</translation>
    </message>
    <message>
        <source>“%1” was withdrawn already.</source>
        <translation>“%1”已被撤回。</translation>
    </message>
    <message>
        <source>Sign in to withdraw a file.</source>
        <translation>请先登录，再撤回文件。</translation>
    </message>
    <message>
        <source>Only the person who added “%1” (%2) or a quality engineer can withdraw it.</source>
        <translation>只有添加“%1”的人（%2）或质量工程师才能撤回它。</translation>
    </message>
    <message>
        <source>Only an administrator can see withdrawn files.</source>
        <translation>只有系统管理员才能查看已撤回的文件。</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>A file has no name.</source>
        <translation>有一个文件没有名称。</translation>
    </message>
    <message>
        <source>“%1” cannot be found.</source>
        <translation>找不到“%1”。</translation>
    </message>
    <message>
        <source>“%1” is this QualityLoop database itself; it cannot be added to a case. To keep a copy, make a backup (File &gt; Back up now…).</source>
        <translation>“%1”就是本 QualityLoop 数据库本身，不能添加到问题单。如需保留副本，请进行备份（文件 &gt; 立即备份…）。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you may not open it.</source>
        <translation>无法读取“%1”：您没有打开它的权限。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a file can be at most %3 MB (Administration &gt; Settings &gt; Files).</source>
        <translation>“%1”大小为 %2 MB；单个文件最大 %3 MB（系统管理 &gt; 设置 &gt; 文件）。</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>未添加任何文件。</translation>
    </message>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>不存在 ID 为 %1 的问题单。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Nothing was added.</source>
        <translation>无法读取“%1”：%2。未添加任何文件。</translation>
    </message>
    <message>
        <source>Say why “%1” is withdrawn: the reason stays in the case&apos;s history.</source>
        <translation>请说明撤回“%1”的原因：原因将保留在问题单的历史记录中。</translation>
    </message>
</context>
<context>
    <name>AttachmentSettings</name>
    <message>
        <source>A file may be from 1 to %1 MB at most.</source>
        <translation>单个文件的上限为 1～%1 MB。</translation>
    </message>
    <message>
        <source>Photos are scaled down to 640 to 20,000 pixels, or kept as they come.</source>
        <translation>照片缩小到 640～20,000 像素，或保持原样。</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>只有系统管理员才能修改设置。</translation>
    </message>
</context>
<context>
    <name>AttachmentSettingsTab</name>
    <message>
        <source>Largest &amp;file</source>
        <translation>单个文件上限(&amp;F)</translation>
    </message>
    <message>
        <source>Longer side at &amp;most</source>
        <translation>长边最多(&amp;M)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Scale photos down when they are added</source>
        <translation>添加照片时缩小(&amp;S)</translation>
    </message>
    <message>
        <source>Files are kept in the database with the cases, so that a backup holds them all. A larger file is refused with a message. Scaled photos keep their orientation; without scaling, every photo is kept exactly as it came.</source>
        <translation>文件随问题单保存在数据库中，备份即包含全部文件。超过上限的文件会被拒绝并给出提示。缩小后的照片保持原有方向；不缩小时，每张照片都按原样保存。</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>文件(&amp;I)</translation>
    </message>
</context>
<context>
    <name>AttachmentSteps</name>
    <message>
        <source>intake</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>sent to Quality</source>
        <translation>转交质量部</translation>
    </message>
    <message>
        <source>recorded by Quality</source>
        <translation>质量部受理</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>feedback sheet</source>
        <translation>反馈单</translation>
    </message>
    <message>
        <source>unit&apos;s receipt</source>
        <translation>责任单位签收</translation>
    </message>
    <message>
        <source>unit&apos;s reply</source>
        <translation>责任单位回复</translation>
    </message>
    <message>
        <source>disposal suggestion</source>
        <translation>处置意见</translation>
    </message>
    <message>
        <source>processing plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>on-site service</source>
        <translation>现场服务</translation>
    </message>
    <message>
        <source>return to factory</source>
        <translation>返厂</translation>
    </message>
    <message>
        <source>plan carried out</source>
        <translation>方案已实施</translation>
    </message>
    <message>
        <source>first return visit</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>second return visit</source>
        <translation>二次回访</translation>
    </message>
    <message>
        <source>resupply follow-up</source>
        <translation>重新供货跟踪</translation>
    </message>
    <message>
        <source>follow-up settled</source>
        <translation>跟踪事项已完成</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>case view</source>
        <translation>问题单页面</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files to the case</source>
        <translation>向问题单添加文件</translation>
    </message>
    <message>
        <source>Add photos and other files (several at once); or drop them here</source>
        <translation>添加照片和其他文件（可一次多个）；也可拖放到这里</translation>
    </message>
    <message>
        <source>Add the picture (or files) on the clipboard, such as a screenshot (Ctrl+V)</source>
        <translation>添加剪贴板中的图片（或文件），例如截图（Ctrl+V）</translation>
    </message>
    <message>
        <source>Save a copy of the chosen file</source>
        <translation>保存所选文件的副本</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the chosen file from the case, with a reason</source>
        <translation>从问题单撤回所选文件，并说明原因</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Do not add the chosen file with this form</source>
        <translation>不随本表单添加所选文件</translation>
    </message>
    <message>
        <source>Show withdrawn</source>
        <translation>显示已撤回的</translation>
    </message>
    <message>
        <source>Files of the case</source>
        <translation>问题单的文件</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Added by %4, %5, at the %6</source>
        <translation>%1（%2，%3）
由 %4 于 %5 在“%6”添加</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Withdrawn by %1: %2</source>
        <translation>由 %1 撤回：%2</translation>
    </message>
    <message>
        <source>%1
(withdrawn)</source>
        <translation>%1
（已撤回）</translation>
    </message>
    <message>
        <source>%1 — saved with the form</source>
        <translation>%1（随表单一起保存）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;文件（%1）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drop photos and other files here, paste a picture, or use Add files…</source>
        <translation>将照片和其他文件拖放到这里、粘贴图片，或点击“添加文件…”</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add. Copy a picture (or take a screenshot) first.</source>
        <translation>剪贴板中没有可添加的图片或文件。请先复制图片（或截图）。</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>已向问题单添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be saved with the form.</source>
        <translation>
            <numerusform>%n 个文件将随表单一起保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Pas&amp;te picture</source>
        <translation>粘贴图片(&amp;T)</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>另存副本(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Feedback sheet received</source>
        <translation>已接收信息反馈单</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Returned product received</source>
        <translation>返厂产品已接收</translation>
    </message>
    <message>
        <source>Product reworked</source>
        <translation>产品已返修</translation>
    </message>
    <message>
        <source>Product resupplied</source>
        <translation>产品已重新供货</translation>
    </message>
    <message>
        <source>Plan carried out</source>
        <translation>方案已实施</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>所做的工作</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>方案制定时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细说明</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Feedback, as the customer said it</source>
        <translation>客户反馈（如实记录）</translation>
    </message>
    <message>
        <source>Problem to settle</source>
        <translation>待解决的问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>How it was settled</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>Feedback sheet number</source>
        <translation>信息反馈单号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>问题单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>How it came in</source>
        <translation>信息来源方式</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>现场地址</translation>
    </message>
    <message>
        <source>Objection to the quality</source>
        <translation>是否质量异议</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Sent to Quality</source>
        <translation>转交质量部时间</translation>
    </message>
    <message>
        <source>Recorded by Quality</source>
        <translation>质量部受理时间</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>分析时间</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Grade of the event</source>
        <translation>质量事件等级</translation>
    </message>
    <message>
        <source>Temporary measures</source>
        <translation>临时措施</translation>
    </message>
    <message>
        <source>Processing deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Disposal suggestion</source>
        <translation>处置意见</translation>
    </message>
    <message>
        <source>Disposal suggestion given</source>
        <translation>处置意见给出时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Result of treatment</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Written feedback to the customer</source>
        <translation>给客户的书面反馈</translation>
    </message>
    <message>
        <source>Reason for the waiver</source>
        <translation>豁免理由</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>下发时间</translation>
    </message>
    <message>
        <source>Service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Appointed arrival</source>
        <translation>约定到达时间</translation>
    </message>
    <message>
        <source>Return plan order</source>
        <translation>返厂计划单</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>到达现场时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>更换备件</translation>
    </message>
    <message>
        <source>The customer confirmed the service</source>
        <translation>客户已确认服务</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>致电时间</translation>
    </message>
    <message>
        <source>Customer&apos;s marks</source>
        <translation>客户评分</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Use of the product since</source>
        <translation>此后产品使用情况</translation>
    </message>
    <message>
        <source>Forwarded to Quality</source>
        <translation>已转交质量部</translation>
    </message>
    <message>
        <source>On-site service requirement</source>
        <translation>现场服务要求</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Customer&apos;s note</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>文件种类</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Added at the step</source>
        <translation>添加时的步骤</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回时间</translation>
    </message>
    <message>
        <source>Reason for withdrawing it</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Daily backup saved to %1</source>
        <translation>每日备份已保存到 %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The work stopped on an unexpected error.</source>
        <translation>工作因意外错误而中止。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>QualityLoop backups (*.%1);;All files (*)</source>
        <translation>QualityLoop 备份 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>将数据库备份到</translation>
    </message>
    <message>
        <source>Backing up the database… People can go on working meanwhile.</source>
        <translation>正在备份数据库…其间大家可以继续工作。</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>未生成备份</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The database is backed up to “%1”.</source>
        <translation>数据库已备份到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), %1 MB, checked by SQLite and found sound. Keep a copy away from this PC (another disk, a USB drive) so that a broken disk cannot take both.</source>
        <translation>
            <numerusform>%n 个问题单，%1 MB，已经 SQLite 检查，完好无损。请在本机以外（另一块磁盘、U 盘）再保存一份，以免磁盘损坏时两份同时丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>无法恢复此备份</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>恢复备份？</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup made on %1 (%n case(s))?</source>
        <translation>
            <numerusform>恢复 %1 生成的备份（%n 个问题单）？</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” is replaced by this backup: whatever was saved after %2 is no longer in it. The database as it is now is first kept aside as “%3”.

Other windows using this database show the restored data; ask the people working in it to stop saving until it is done.</source>
        <translation>数据库“%1”将被此备份替换：%2 之后保存的内容将不再存在。当前的数据库会先另存为“%3”。

正在使用此数据库的其他窗口会显示恢复后的数据；请在恢复完成前让正在使用的人员暂停保存。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message numerus="yes">
        <source>The backup made on %1 is restored: %n case(s).</source>
        <translation>
            <numerusform>%1 生成的备份已恢复：%n 个问题单。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it was is kept as “%1”.</source>
        <translation>原来的数据库已另存为“%1”。</translation>
    </message>
    <message>
        <source>Backups of a server database</source>
        <translation>服务器数据库的备份</translation>
    </message>
    <message>
        <source>The office&apos;s administrator backs up the shared database “%1” on the server %2 (with pg_dump; a backup is put back with pg_restore, as README “A shared office” says). There is nothing to do here: if you need something from a backup, ask your administrator. Nothing was written.</source>
        <translation>公司的系统管理员在服务器 %2 上备份共享数据库“%1”（用 pg_dump 备份，用 pg_restore 恢复备份，见 README“A shared office”）。这里无需做任何事：如需备份中的内容，请联系系统管理员。没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>BackupCheck</name>
    <message>
        <source>“%1” is damaged (%2).</source>
        <translation>“%1”已损坏（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a QualityLoop backup: it is not a database file at all.</source>
        <translation>“%1”不是 QualityLoop 备份：它根本不是数据库文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>无法读取“%1”（%2）。</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a QualityLoop backup.</source>
        <translation>“%1”是空数据库，不是 QualityLoop 备份。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a QualityLoop backup.</source>
        <translation>“%1”是其他程序的数据库，不是 QualityLoop 备份。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of QualityLoop (database version %2; this version knows up to %3). Install the newer QualityLoop to restore it.</source>
        <translation>“%1”由较新版本的 QualityLoop 创建（数据库版本 %2；本版本最高支持 %3）。请安装新版 QualityLoop 后再恢复。</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: %1</source>
        <translation>SQLite 检查发现：%1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>The backup FILE to write.</source>
        <translation>要写入的备份文件 FILE。</translation>
    </message>
    <message>
        <source>backup needs --database FILE and --output BACKUP.</source>
        <translation>backup 需要 --database FILE 和 --output BACKUP。</translation>
    </message>
    <message>
        <source>Backing up:</source>
        <translation>正在备份：</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n case(s) to %1 (%2 MB, database version %3) in %4 s; SQLite&apos;s check of the backup: ok.</source>
        <translation>
            <numerusform>已在 %4 秒内将 %n 个问题单备份到 %1（%2 MB，数据库版本 %3）；SQLite 对备份的检查：正常。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup FILE to restore.</source>
        <translation>要恢复的备份文件 FILE。</translation>
    </message>
    <message>
        <source>The database FILE it replaces.</source>
        <translation>被替换的数据库文件 FILE。</translation>
    </message>
    <message>
        <source>restore needs --backup BACKUP and --database FILE.</source>
        <translation>restore 需要 --backup BACKUP 和 --database FILE。</translation>
    </message>
    <message>
        <source>Restoring:</source>
        <translation>正在恢复：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n case(s) from the backup made on %1 into %2 (database version %3).</source>
        <translation>
            <numerusform>已将 %1 生成的备份中的 %n 个问题单恢复到 %2（数据库版本 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>原来的数据库已另存为 %1。</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>&amp;Kind *</source>
        <translation>类型(&amp;K) *</translation>
    </message>
    <message>
        <source>&amp;Day *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>最后一天(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name in English</source>
        <translation>英文名称(&amp;N)</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese</source>
        <translation>中文名称(&amp;C)</translation>
    </message>
    <message>
        <source>Edit the holiday</source>
        <translation>修改节假日</translation>
    </message>
    <message>
        <source>Edit the make-up working day</source>
        <translation>修改调休上班日</translation>
    </message>
    <message>
        <source>Add a public holiday</source>
        <translation>添加节假日</translation>
    </message>
    <message>
        <source>Add a make-up working day</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <source>&amp;First day *</source>
        <translation>第一天(&amp;F) *</translation>
    </message>
    <message>
        <source>National Day make-up day</source>
        <translation>National Day make-up day</translation>
    </message>
    <message>
        <source>Off: the deadlines that count working days skip these days.</source>
        <translation>放假：按工作日计算的期限跳过这些日子。</translation>
    </message>
    <message>
        <source>Worked like any working day: a case logged that day is due at its end.</source>
        <translation>与平常工作日一样上班：当天登记的问题单须在当天下班前送出。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s). %1</source>
        <translation>
            <numerusform>共 %n 天。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>%1 is too large to be a calendar (%2 KB). Choose the file of one year&apos;s holidays.</source>
        <translation>%1 太大（%2 KB），不是日历文件。请选择一年节假日安排的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file has no holidays or make-up working days in it.</source>
        <translation>文件中没有节假日或调休上班日。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: the last day is before the first day.</source>
        <translation>%1：最后一天早于第一天。</translation>
    </message>
    <message>
        <source>%1: more than %2 days in a row; check the dates.</source>
        <translation>%1：连续超过 %2 天，请检查日期。</translation>
    </message>
    <message>
        <source>%1: the day has no name.</source>
        <translation>%1：没有填写名称。</translation>
    </message>
    <message>
        <source>%1: the name is longer than %2 characters.</source>
        <translation>%1：名称超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: %2 is in the file twice.</source>
        <translation>%1：%2 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date. Write dates as 2026-10-01, a range as 2026-10-01..2026-10-07.</source>
        <translation>第 %1 行：“%2”不是日期。日期请写成 2026-10-01，日期段写成 2026-10-01..2026-10-07。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is neither a holiday nor a make-up working day. Write holiday or workday (休 or 班).</source>
        <translation>第 %1 行：“%2”既不是节假日也不是调休上班日。请写 holiday 或 workday（休 或 班）。</translation>
    </message>
    <message>
        <source>Line %1: “%2” repeats; enter the days of each year one by one.</source>
        <translation>第 %1 行：“%2”是重复事件，请逐年逐日录入。</translation>
    </message>
    <message>
        <source>Line %1: the event “%2” has no day.</source>
        <translation>第 %1 行：事件“%2”没有日期。</translation>
    </message>
    <message>
        <source>The file is not a calendar QualityLoop can read: %1.</source>
        <translation>该文件不是 QualityLoop 能读取的日历：%1。</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>%1: a day needs a “date” (2026-10-01) and “isOffDay” (true or false).</source>
        <translation>%1：每一天都需要“date”（如 2026-10-01）和“isOffDay”（true 或 false）。</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import holidays from %1</source>
        <translation>从 %1 导入节假日</translation>
    </message>
    <message>
        <source>Days in the file</source>
        <translation>文件中的日期</translation>
    </message>
    <message>
        <source>What is wrong in the file</source>
        <translation>文件中的错误</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported until the file is corrected: %n problem(s) below.</source>
        <translation>
            <numerusform>文件改正之前无法导入：下面有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds %1 and %2, from %3 to %4. Days already in the calendar take the file&apos;s kind and names; other days stay as they are.</source>
        <translation>文件中有 %1 和 %2，从 %3 到 %4。日历中已有的日期将采用文件中的类型和名称；其他日期保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%n public holiday(s)</source>
        <translation>
            <numerusform>%n 个节假日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n 个调休上班日</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Only an administrator or the office can change the working-day calendar.</source>
        <translation>只有管理员或办公室才能修改工作日历。</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Enter the day.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Enter a day between the years %1 and %2.</source>
        <translation>请填写 %1 年至 %2 年之间的日期。</translation>
    </message>
    <message>
        <source>%1 is a working day already. A make-up working day is a day off of the working week, such as a Saturday, that is worked instead of a holiday.</source>
        <translation>%1 本来就是工作日。调休上班日是指本来休息（如星期六）、为调休而上班的日子。</translation>
    </message>
    <message>
        <source>Enter the holiday&apos;s name in English or in Chinese, such as National Day.</source>
        <translation>请填写节假日的英文或中文名称，例如“国庆节”。</translation>
    </message>
    <message>
        <source>Enter the name in English or in Chinese, such as National Day make-up day.</source>
        <translation>请填写英文或中文名称，例如“国庆节补班”。</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>名称太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>最后一天不能早于第一天。</translation>
    </message>
    <message>
        <source>Enter at most %1 days at a time.</source>
        <translation>一次最多填写 %1 天。</translation>
    </message>
    <message>
        <source>%1 is already in the calendar as “%2”. Change that day instead, or remove it first.</source>
        <translation>%1 已在日历中（“%2”）。请修改那一天，或先将其删除。</translation>
    </message>
    <message>
        <source>%1 is already in the calendar.</source>
        <translation>%1 已在日历中。</translation>
    </message>
    <message>
        <source>This day is no longer in the calendar: someone may have removed it.</source>
        <translation>日历中已没有这一天，可能已被他人删除。</translation>
    </message>
    <message>
        <source>%1 is in the file twice.</source>
        <translation>%1 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>The file has no holidays or make-up working days in it.</source>
        <translation>文件中没有节假日或调休上班日。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>The deadlines that count working days (such as sending a case to Quality the same working day) skip the public holidays and count the make-up working days below, on top of the working week set in Administration &gt; Settings.</source>
        <translation>按工作日计算的期限（如问题单须在登记的同一工作日内送交质量部）以“管理 &gt; 设置”中的工作周为准，跳过下列节假日，并计入下列调休上班日。</translation>
    </message>
</context>
<context>
    <name>CallCustomerDialog</name>
    <message>
        <source>New customer during the call</source>
        <translation>来电时新增客户</translation>
    </message>
    <message>
        <source>Enter what the caller tells you. The office completes the customer later.</source>
        <translation>填写来电人告知的信息，其余由办公室稍后补全。</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;Add customer</source>
        <translation>添加客户(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Call-back: batch %1</source>
        <translation>回访：批次 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, order %2, batch %3, delivered %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，订单 %2，批次 %3，交货日期 %4</translation>
    </message>
    <message>
        <source>Satisfied with the quality</source>
        <translation>对质量满意</translation>
    </message>
    <message>
        <source>Remarks, no objection</source>
        <translation>有意见，无异议</translation>
    </message>
    <message>
        <source>Objection to the quality: log a case</source>
        <translation>对质量有异议：登记问题单</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>通话人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The customer&apos;s view</source>
        <translation>客户的看法</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户所说的话</translation>
    </message>
    <message>
        <source>The problem (the case&apos;s symptom)</source>
        <translation>问题（问题单的故障现象）</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>已回访（超期）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>有意见</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>To call now (due and overdue)</source>
        <translation>现在应回访（到期和超期）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Record the call…</source>
        <translation>记录回访(&amp;R)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交货日期</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>View</source>
        <translation>客户看法</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>Call-backs by month of</source>
        <translation>按月统计回访，年份</translation>
    </message>
    <message>
        <source>of them late</source>
        <translation>其中超期完成</translation>
    </message>
    <message numerus="yes">
        <source>%n to call now, %1 of them overdue</source>
        <translation>
            <numerusform>现在应回访 %n 个，其中 %1 个已超期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>There is no such delivered batch.</source>
        <translation>没有这个已交货的批次。</translation>
    </message>
    <message>
        <source>%1 has already called the customer back about this batch on %2.</source>
        <translation>%1 已于 %2 就此批次回访过客户。</translation>
    </message>
    <message>
        <source>This batch is no longer in the list of orders and batches.</source>
        <translation>此批次已不在订单和批次清单中。</translation>
    </message>
    <message>
        <source>The call cannot be in the future.</source>
        <translation>回访时间不能在将来。</translation>
    </message>
    <message>
        <source>The call-back follows the delivery: the call cannot be before %1.</source>
        <translation>回访在交货之后：回访时间不能早于 %1。</translation>
    </message>
    <message>
        <source>Give the name of the customer&apos;s person you spoke to.</source>
        <translation>请填写与您通话的客户人员姓名。</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s remarks.</source>
        <translation>请记下客户的意见。</translation>
    </message>
    <message>
        <source>Describe the problem the customer objects to: it becomes the case&apos;s symptom.</source>
        <translation>请描述客户提出异议的问题：它将成为问题单的故障现象。</translation>
    </message>
</context>
<context>
    <name>CallbacksCommand</name>
    <message>
        <source>  callbacks --database DB [--due]            the call-backs after deliveries: order, batch,
        customer, delivered, call by, state; --due only those to call now</source>
        <translation>  callbacks --database DB [--due]            交货后回访清单：订单、批次、
        客户、交货日期、回访期限、状态；--due 只列现在应回访的</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>Only the call-backs due and overdue now.</source>
        <translation>只列现在到期和超期的回访。</translation>
    </message>
    <message>
        <source>callbacks needs --database DB.</source>
        <translation>callbacks 需要 --database DB。</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>New case…</source>
        <translation>新建问题单…</translation>
    </message>
    <message>
        <source>Send to Quality</source>
        <translation>转交质量部</translation>
    </message>
    <message>
        <source>Record the case</source>
        <translation>受理问题单</translation>
    </message>
    <message>
        <source>Analyse…</source>
        <translation>分析…</translation>
    </message>
    <message>
        <source>Issue feedback sheet</source>
        <translation>下发信息反馈单</translation>
    </message>
    <message>
        <source>Record unit&apos;s receipt</source>
        <translation>登记单位签收</translation>
    </message>
    <message>
        <source>Record unit&apos;s reply…</source>
        <translation>登记单位回复…</translation>
    </message>
    <message>
        <source>Disposal suggestion…</source>
        <translation>处置意见…</translation>
    </message>
    <message>
        <source>Processing plan…</source>
        <translation>处理方案…</translation>
    </message>
    <message>
        <source>On-site service record…</source>
        <translation>现场服务记录…</translation>
    </message>
    <message>
        <source>Returned product received</source>
        <translation>返厂产品已接收</translation>
    </message>
    <message>
        <source>Product reworked</source>
        <translation>产品已返修</translation>
    </message>
    <message>
        <source>Product resupplied</source>
        <translation>产品已重新供货</translation>
    </message>
    <message>
        <source>Plan carried out…</source>
        <translation>方案已实施…</translation>
    </message>
    <message>
        <source>First return visit…</source>
        <translation>首次回访…</translation>
    </message>
    <message>
        <source>Second return visit…</source>
        <translation>二次回访…</translation>
    </message>
    <message>
        <source>Resupply follow-up…</source>
        <translation>重新供货跟踪…</translation>
    </message>
    <message>
        <source>Settle follow-up…</source>
        <translation>处理跟踪事项…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>关闭问题单…</translation>
    </message>
    <message>
        <source>Disposal suggestion</source>
        <translation>处置意见</translation>
    </message>
    <message>
        <source>Suggestion given to the customer</source>
        <translation>向客户提出的处置意见</translation>
    </message>
    <message>
        <source>Plan carried out</source>
        <translation>方案已实施</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>所做的工作</translation>
    </message>
    <message>
        <source>Resupply follow-up</source>
        <translation>重新供货跟踪</translation>
    </message>
    <message>
        <source>Customer&apos;s feedback (forwarded to Quality)</source>
        <translation>客户反馈（转交质量部）</translation>
    </message>
    <message>
        <source>Settle follow-up</source>
        <translation>处理跟踪事项</translation>
    </message>
    <message>
        <source>How was “%1” settled?</source>
        <translation>“%1”是如何解决的？</translation>
    </message>
    <message>
        <source>The step was refused</source>
        <translation>该操作被拒绝</translation>
    </message>
    <message>
        <source>The step was not saved</source>
        <translation>该操作未保存</translation>
    </message>
</context>
<context>
    <name>CaseBlocks</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not yet — overdue</source>
        <translation>未完成（已超期）</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Batch no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Quantity affected</source>
        <translation>涉及数量</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>现场地址</translation>
    </message>
    <message>
        <source>%1 (key customer)</source>
        <translation>%1（重点客户）</translation>
    </message>
</context>
<context>
    <name>CaseChanges</name>
    <message>
        <source>%1: %2 (removed)</source>
        <translation>%1：%2（已删除）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (cleared)</source>
        <translation>%1：%2（已清空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>Someone changed this case</source>
        <translation>有人修改了此问题单</translation>
    </message>
    <message>
        <source>%1 changed this case at %2</source>
        <translation>%1 于 %2 修改了此问题单</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 and %2 changed this case</source>
        <translation>%1 和 %2 修改了此问题单</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after you opened it.</source>
        <translation>%1（在您打开表单之后）。</translation>
    </message>
    <message>
        <source>%1 after you opened it: %2.</source>
        <translation>%1（在您打开表单之后）：%2。</translation>
    </message>
    <message>
        <source>%1 Your changes have not been saved. Look at their change, then apply yours on top of it or drop yours.</source>
        <translation>%1您的修改尚未保存。请先查看对方的修改，再决定在其基础上应用您的修改，或放弃您的修改。</translation>
    </message>
    <message>
        <source>%1 while you were editing; your save will ask what to do.</source>
        <translation>%1（当时您正在编辑）；保存时会询问您如何处理。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>CaseDetailsHtml</name>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done late, %1</source>
        <translation>超期完成，%1</translation>
    </message>
    <message>
        <source>done, %1</source>
        <translation>已完成，%1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (key customer)</source>
        <translation>（重点客户）</translation>
    </message>
    <message>
        <source>Customer&apos;s call</source>
        <translation>客户质量信息</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial / batch / order</source>
        <translation>序列号 / 批号 / 订单号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Customer asks</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Objection to quality</source>
        <translation>是否质量异议</translation>
    </message>
    <message>
        <source>Yes — 24-hour disposal clock</source>
        <translation>是——须在 24 小时内提出处置意见</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>Sent to Quality</source>
        <translation>转交质量部</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>质量事件等级</translation>
    </message>
    <message>
        <source>Temporary measures</source>
        <translation>临时措施</translation>
    </message>
    <message>
        <source>Processing deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Disposal suggestion</source>
        <translation>处置意见</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>签收 %1</translation>
    </message>
    <message>
        <source>replied: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>Feedback sheet</source>
        <translation>信息反馈单</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Processing plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Return order</source>
        <translation>返厂计划单</translation>
    </message>
    <message>
        <source>Reworked</source>
        <translation>返修时间</translation>
    </message>
    <message>
        <source>Resupplied</source>
        <translation>重新供货时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细说明</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>On-site service</source>
        <translation>现场服务</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>更换备件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>致电</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>确认项目</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Use since</source>
        <translation>此后使用情况</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟踪事项</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>书面反馈</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Service history of serial %1</source>
        <translation>序列号 %1 的服务记录</translation>
    </message>
    <message>
        <source>Earlier cases</source>
        <translation>以往问题单</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>the returned product, at the factory</comment>
        <translation>返厂接收时间</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>CaseDuties</name>
    <message>
        <source>Disposal suggestion by</source>
        <translation>处置意见期限</translation>
    </message>
    <message>
        <source>Send to Quality by</source>
        <translation>提交质量部期限</translation>
    </message>
    <message>
        <source>Finish processing by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Organize the processing plan by</source>
        <translation>制定处理方案期限</translation>
    </message>
    <message>
        <source>Carry out the plan by</source>
        <translation>实施处理方案期限</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Arrive on site by</source>
        <translation>到达现场期限</translation>
    </message>
    <message>
        <source>First return visit by</source>
        <translation>首次回访期限</translation>
    </message>
    <message>
        <source>Second return visit by</source>
        <translation>二次回访期限</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>跟踪期限</translation>
    </message>
    <message>
        <source>Record the case</source>
        <translation>受理问题单</translation>
    </message>
    <message>
        <source>Check and analyse the case</source>
        <translation>核实并分析问题单</translation>
    </message>
    <message>
        <source>Issue the feedback sheet</source>
        <translation>下发信息反馈单</translation>
    </message>
    <message>
        <source>Follow up the resupplied product</source>
        <translation>跟踪重新供货的产品</translation>
    </message>
    <message>
        <source>Close the case with written feedback</source>
        <translation>书面反馈客户并关闭问题单</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>销售部（%1）</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>Quality (%1)</source>
        <translation>质量部（%1）</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>服务技术员</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>接收时间范围</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接收时间自</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>接收时间至</translation>
    </message>
    <message>
        <source>Key customers only</source>
        <translation>仅重点客户</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超期</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未关闭</translation>
    </message>
</context>
<context>
    <name>CaseImprovement</name>
    <message>
        <source>Improvement</source>
        <translation>改进</translation>
    </message>
    <message>
        <source>Tracing (8D)…</source>
        <translation>质量追溯 (8D)…</translation>
    </message>
    <message>
        <source>Raise corrective action…</source>
        <translation>提出纠正措施…</translation>
    </message>
    <message>
        <source>Special treatment group…</source>
        <translation>专项处理小组…</translation>
    </message>
    <message>
        <source>Tracing (8D)</source>
        <translation>质量追溯 (8D)</translation>
    </message>
    <message>
        <source>This case is not traced. %1</source>
        <translation>此问题单没有质量追溯。%1</translation>
    </message>
    <message>
        <source>This case is not traced by itself. Why should it be traced?</source>
        <translation>此问题单不会自动追溯。为什么要追溯？</translation>
    </message>
</context>
<context>
    <name>CaseListExport</name>
    <message>
        <source>Cases</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Save the list as .xlsx or .csv.</source>
        <translation>请将列表另存为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases: number, customer, serial, symptom… (Ctrl+F)</source>
        <translation>搜索问题单：单号、客户、序列号、故障现象…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索问题单</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>The cases of the statistic %1.</source>
        <translation>统计“%1”中的问题单。</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>显示全部问题单</translation>
    </message>
    <message>
        <source>The database server does not answer, so the list shows the cases as they were read before. It is read again as soon as the server answers.</source>
        <translation>数据库服务器没有响应，列表显示的是之前读取的问题单。服务器一响应就会重新读取。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个问题单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePhotos</name>
    <message>
        <source>Added by %1, %2</source>
        <translation>%1 添加于 %2</translation>
    </message>
    <message>
        <source>Photos of case %1</source>
        <translation>问题单 %1 的照片</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>不存在 ID 为 %1 的问题单。</translation>
    </message>
</context>
<context>
    <name>CaseRowFormat</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超期：%1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseStatuses</name>
    <message>
        <source>“%1” is not a case status. Use one of: %2.</source>
        <translation>“%1”不是有效的问题单状态。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Logged by Sales</source>
        <translation>销售部已登记</translation>
    </message>
    <message>
        <source>Sent to Quality</source>
        <translation>已转质量部</translation>
    </message>
    <message>
        <source>Recorded by Quality</source>
        <translation>质量部已受理</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <source>Feedback sheet issued</source>
        <translation>已下发信息反馈单</translation>
    </message>
    <message>
        <source>Processing planned</source>
        <translation>已制定处理方案</translation>
    </message>
    <message>
        <source>Service done</source>
        <translation>已完成服务</translation>
    </message>
    <message>
        <source>First return visit done</source>
        <translation>已完成首次回访</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已跟踪</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Case</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Feedback sheet</source>
        <translation>信息反馈单</translation>
    </message>
    <message>
        <source>Processing plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>On-site service</source>
        <translation>现场服务</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Visit item</source>
        <translation>回访项目</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪事项</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>CaseViewPage</name>
    <message>
        <source>Information feedback sheet</source>
        <translation>信息反馈单</translation>
    </message>
    <message>
        <source>On-site service report</source>
        <translation>现场服务报告</translation>
    </message>
    <message>
        <source>Return-visit record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Written feedback letter</source>
        <translation>质量问题处理复函</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 · %2&lt;/h2&gt;%3 · %4 %5</source>
        <translation>&lt;h2&gt;%1 · %2&lt;/h2&gt;%3 · %4 %5</translation>
    </message>
    <message>
        <source>Nothing is due: the case is closed.</source>
        <translation>没有待办事项：该问题单已关闭。</translation>
    </message>
    <message>
        <source>Next: %1 — %2, overdue since %3</source>
        <translation>下一步：%1——%2，自 %3 起已超期</translation>
    </message>
    <message>
        <source>Next: %1 — %2, due %3</source>
        <translation>下一步：%1——%2，期限 %3</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Print a document of this case</source>
        <translation>打印此问题单的单据</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>问题单详情</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>问题单时间线</translation>
    </message>
    <message>
        <source>Who / old value</source>
        <translation>操作人 / 原值</translation>
    </message>
    <message>
        <source>What / new value</source>
        <translation>操作 / 新值</translation>
    </message>
    <message>
        <source>When (%1) / field</source>
        <translation>时间（%1）/ 字段</translation>
    </message>
    <message>
        <source>Next: %1 — %2 (no deadline)</source>
        <translation>下一步：%1——%2（无期限）</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>打印(&amp;R)</translation>
    </message>
    <message>
        <source>The database server does not answer, so this case is shown as it was read before. It is read again as soon as the server answers.</source>
        <translation>数据库服务器没有响应，显示的是之前读取的问题单。服务器一响应就会重新读取。</translation>
    </message>
    <message>
        <source>This case cannot be opened now: the database server does not answer. It opens by itself as soon as the server answers again.</source>
        <translation>现在无法打开此问题单：数据库服务器没有响应。服务器恢复响应后将自动打开。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The password of %1 (%2).</source>
        <translation>%1（%2）的密码。</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>正在保存密码…</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1”不是有效的命令。</translation>
    </message>
    <message>
        <source>Only cases in status S.</source>
        <translation>只列出状态为 S 的问题单。</translation>
    </message>
    <message>
        <source>At most N cases.</source>
        <translation>最多列出 N 个问题单。</translation>
    </message>
    <message>
        <source>cases needs --database DB; --limit takes a whole number from 1.</source>
        <translation>cases 需要 --database DB；--limit 须为不小于 1 的整数。</translation>
    </message>
    <message>
        <source> due %1</source>
        <translation> 截止 %1</translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation> 已超期</translation>
    </message>
    <message>
        <source>check needs --database DB.</source>
        <translation>check 需要 --database DB。</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>数据库架构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>The PDF FILE to write.</source>
        <translation>要写入的 PDF 文件 FILE。</translation>
    </message>
    <message>
        <source>Language of the document: en or zh_CN.</source>
        <translation>单据的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Paper: A4 or Letter.</source>
        <translation>纸张：A4 或 Letter。</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>期间的第一天。</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>期间的最后一天。</translation>
    </message>
    <message>
        <source>print needs a DOCUMENT, --database DB and --output FILE.pdf.</source>
        <translation>print 需要 DOCUMENT、--database DB 和 --output FILE.pdf。</translation>
    </message>
    <message>
        <source>“%1” is not a language documents print in; use en or zh_CN.</source>
        <translation>单据不能以“%1”语言打印；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--paper is A4 or Letter.</source>
        <translation>--paper 须为 A4 或 Letter。</translation>
    </message>
    <message>
        <source>“%1” is not a document that prints.</source>
        <translation>“%1”不是可打印的单据。</translation>
    </message>
    <message>
        <source>print %1 needs one CASE-NUMBER.</source>
        <translation>print %1 需要一个 CASE-NUMBER（问题单号）。</translation>
    </message>
    <message>
        <source>return-visit-report needs --from and --to as dates like 2026-03-01.</source>
        <translation>return-visit-report 需要 --from 和 --to，日期格式如 2026-03-01。</translation>
    </message>
    <message>
        <source>Printed %1 %2 to %3</source>
        <translation>已将%1 %2 输出到 %3</translation>
    </message>
    <message>
        <source>  cases  --database DB [--status S] [--limit N]   list case numbers, newest first, with what is due next</source>
        <translation>  cases  --database DB [--status S] [--limit N]   列出问题单号（最新的在前）及下一项到期事项</translation>
    </message>
    <message>
        <source>Usage: qualityloop-cli COMMAND [OPTIONS]</source>
        <translation>用法：qualityloop-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>  backup --database FILE --output BACKUP      a checked copy of the database while people work</source>
        <translation>  backup --database FILE --output BACKUP      在大家工作时生成经过检查的数据库副本</translation>
    </message>
    <message>
        <source>  restore --backup BACKUP --database FILE     put a backup in place of the database (kept aside)</source>
        <translation>  restore --backup BACKUP --database FILE     用备份替换数据库（原数据库另存）</translation>
    </message>
    <message>
        <source>To restore it: %1</source>
        <translation>恢复方法：%1</translation>
    </message>
    <message>
        <source>The case&apos;s photos on a page of their own.</source>
        <translation>问题单的照片单独成页。</translation>
    </message>
    <message>
        <source>Times are in the company&apos;s time zone, %1.</source>
        <translation>时间均为公司所在时区 %1 的时间。</translation>
    </message>
    <message>
        <source>The return-visit report lists every visit.</source>
        <translation>回访报告列出全部回访。</translation>
    </message>
    <message>
        <source>  check  --database DB   schema version (and how to upgrade an older database), a file&apos;s
        integrity check, counts</source>
        <translation>  check  --database DB   显示数据库架构版本（较旧的数据库如何升级）、数据库文件的
        完整性检查结果和记录数</translation>
    </message>
    <message>
        <source>  print DOCUMENT CASE-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]
        [--paper A4|Letter] [--with-photos]   a case&apos;s document; DOCUMENT is feedback-sheet,
        service-report, return-visit-record or feedback-letter; --with-photos adds a page
        of the case&apos;s photos to a feedback sheet or service report
  print return-visit-report --from DATE --to DATE --database DB --output FILE.pdf
        [--language en|zh_CN] [--paper A4|Letter] [--all-visits]   the managers&apos; report of
        a period: the visits with a problem, or every visit with --all-visits
  print overdue-list --database DB --output FILE.pdf [--language en|zh_CN]
  print visit-report VISIT-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]</source>
        <translation>  print DOCUMENT CASE-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]
        [--paper A4|Letter] [--with-photos]   问题单的单据；DOCUMENT 为 feedback-sheet、
        service-report、return-visit-record 或 feedback-letter；--with-photos 为反馈单或
        现场服务报告附一页问题单的照片
  print return-visit-report --from DATE --to DATE --database DB --output FILE.pdf
        [--language en|zh_CN] [--paper A4|Letter] [--all-visits]   供经理查阅的期间回访
        报告：列出有问题的回访，加 --all-visits 则列出全部回访
  print overdue-list --database DB --output FILE.pdf [--language en|zh_CN]
  print visit-report VISIT-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]</translation>
    </message>
    <message>
        <source>Setting a database up and upgrading it (on a server: as the database&apos;s owner):</source>
        <translation>建立和升级数据库（在服务器上：以数据库所有者的身份）：</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>读取：</translation>
    </message>
    <message>
        <source>Printing to PDF:</source>
        <translation>打印为 PDF：</translation>
    </message>
    <message>
        <source>Adding, as a QualityLoop user (NAME; the user&apos;s password comes from standard input):</source>
        <translation>以 QualityLoop 用户（NAME）身份添加（该用户的密码从标准输入读取）：</translation>
    </message>
    <message>
        <source>A database file only:</source>
        <translation>仅限数据库文件：</translation>
    </message>
    <message>
        <source>--database DB: a database file, or a database on a PostgreSQL server,
    postgresql://USER@HOST[:PORT]/DB (README: “A shared office”). USER is a login of the
    server, not a QualityLoop user: its password comes from PGPASSWORD or ~/.pgpass.
--database FILE (backup, restore, sample): a database file only; a server&apos;s database is
    backed up with pg_dump and put back with pg_restore.
DATE: as 2026-03-01.</source>
        <translation>--database DB：数据库文件，或 PostgreSQL 服务器上的数据库，
    postgresql://USER@HOST[:PORT]/DB（README：“A shared office”）。USER 是服务器的
    登录名，不是 QualityLoop 用户：其密码取自 PGPASSWORD 或 ~/.pgpass。
--database FILE（backup、restore、sample）：只能是数据库文件；服务器上的数据库
    用 pg_dump 备份，用 pg_restore 恢复。
DATE：格式如 2026-03-01。</translation>
    </message>
    <message>
        <source>Options: --help, --version; COMMAND --help shows that command&apos;s lines only.</source>
        <translation>选项：--help, --version；COMMAND --help 只显示该命令的说明。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or not found, 2 wrong usage, 3 the database cannot be used
    (not there, damaged, of an older or newer version, the server not reached or refusing).</source>
        <translation>退出码：0 完成，1 被拒绝或未找到，2 用法错误，3 数据库无法使用
    （不存在、已损坏、版本较旧或较新、连不上服务器或被服务器拒绝）。</translation>
    </message>
    <message>
        <source>qualityloop-cli --help lists every command and what --database takes.</source>
        <translation>qualityloop-cli --help 列出全部命令以及 --database 可取的值。</translation>
    </message>
    <message>
        <source>Integrity: not checked for a server&apos;s database (on the server: pg_amcheck)</source>
        <translation>完整性：服务器上的数据库不在此检查（请在服务器上用 pg_amcheck 检查）</translation>
    </message>
    <message>
        <source>No cases in status %1.</source>
        <translation>没有状态为 %1 的问题单。</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>没有问题单。</translation>
    </message>
    <message>
        <source>Moved: to the server %1; this file refuses every change and is the record of the move.</source>
        <translation>已迁移：迁往服务器 %1；此文件拒绝任何更改，作为此次迁移的记录。</translation>
    </message>
</context>
<context>
    <name>CliMigrateCommand</name>
    <message>
        <source>The database FILE to move.</source>
        <translation>要迁移的数据库文件 FILE。</translation>
    </message>
    <message>
        <source>The empty database on the server.</source>
        <translation>服务器上的空数据库。</translation>
    </message>
    <message>
        <source>migrate needs --from FILE and --to postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>migrate 需要 --from FILE 和 --to postgresql://USER@HOST[:PORT]/DB。</translation>
    </message>
    <message>
        <source>--from names the database file to move, not a server.</source>
        <translation>--from 应指定要迁移的数据库文件，而不是服务器。</translation>
    </message>
    <message>
        <source>--to names the database on the server: postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>--to 应指定服务器上的数据库：postgresql://USER@HOST[:PORT]/DB。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>文件中的行数</translation>
    </message>
    <message>
        <source>Rows on the server</source>
        <translation>服务器上的行数</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>校验和（SHA-256）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Not copied: %1 (SQLite&apos;s own storage of the search index; the server keeps its own).</source>
        <translation>未复制：%1（SQLite 自身存放搜索索引的表；服务器有自己的索引）。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ between the file and the server, so nothing was kept: the server database is as a new QualityLoop database (its tables, no users, cases or audit entries).</source>
        <translation>
            <numerusform>文件与服务器之间有 %n 张表不一致，因此未保留任何数据：服务器数据库与新建的 QualityLoop 数据库相同（只有表，没有用户、问题单或审计日志记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the server&apos;s statistics of the moved rows…</source>
        <translation>正在更新服务器上已迁移数据的统计信息…</translation>
    </message>
    <message>
        <source>The server&apos;s statistics of the moved rows (what it needs to choose its indexes) updated in %1 s.</source>
        <translation>服务器上已迁移数据的统计信息（服务器据此选择索引）已更新，用时 %1 秒。</translation>
    </message>
    <message>
        <source>  migrate --from FILE --to postgresql://USER@HOST[:PORT]/DB   move an office&apos;s database file
        to an empty database on a PostgreSQL server: every table copied, then compared; the file
        then refuses every change and names the server</source>
        <translation>  migrate --from FILE --to postgresql://USER@HOST[:PORT]/DB   将办公室的数据库文件迁移到
        PostgreSQL 服务器上的空数据库：复制每张表，然后核对；此后该文件
        拒绝任何更改，并注明服务器</translation>
    </message>
    <message numerus="yes">
        <source>Copying %1: %2 of %n row(s)</source>
        <translation>
            <numerusform>正在复制 %1：%2 / %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1: %2 of %n row(s)</source>
        <translation>
            <numerusform>正在核对 %1：%2 / %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing %1 again as the server searches it: %2 of %n row(s)</source>
        <translation>
            <numerusform>正在按服务器的搜索方式重新建立 %1 的索引：%2 / %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) (%1 MB) in %2 s: %3 rows a second; read back and compared in %4 s.</source>
        <translation>
            <numerusform>已在 %2 秒内复制 %n 行（%1 MB），每秒 %3 行；回读并核对用时 %4 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search text of %n case(s) indexed again as the server stores it (lower case, without accents) in %1 s.</source>
        <translation>
            <numerusform>已按服务器的存储方式（小写、去掉重音符号）重新建立 %n 个问题单的搜索文本索引，用时 %1 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) are the same on the server as in the file. The office now works on %1: the file refuses every change from now on (it says where the office went) and stays as the record of the move.</source>
        <translation>
            <numerusform>服务器上全部 %n 张表均与文件一致。办公室现在在 %1 上工作：此文件从现在起拒绝任何更改（并说明办公室迁往何处），保留作为此次迁移的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>关闭问题单</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still owed:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;The case can only be closed if you waive this with a reason.</source>
        <translation>&lt;b&gt;尚未完成：&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;只有填写豁免理由后才能关闭此问题单。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Result of treatment</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Written feedback to the customer</source>
        <translation>给客户的书面反馈</translation>
    </message>
    <message>
        <source>Reason for the waiver</source>
        <translation>豁免理由</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>“%1” is not a column of %2. The columns are: %3. Rename the column, or leave it out of the import.</source>
        <translation>“%1”不是%2的列。列有：%3。请改列名，或不导入该列。</translation>
    </message>
    <message>
        <source>Two columns of the file both fill “%1”: keep one of them.</source>
        <translation>文件中有两列都填入“%1”：请只保留其中一列。</translation>
    </message>
    <message>
        <source>The file has no column “%1” (%2); %3 cannot be imported without it.</source>
        <translation>文件中没有“%1”列（%2）；缺少该列无法导入%3。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The case was changed by someone else</source>
        <translation>问题单已被他人修改</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>&amp;Show their change</source>
        <translation>查看对方的修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Apply mine on top</source>
        <translation>在其基础上应用我的修改(&amp;A)</translation>
    </message>
    <message>
        <source>Read the case again as it is now and save what you typed on it</source>
        <translation>重新读取问题单的当前内容，并在其上保存您输入的内容</translation>
    </message>
    <message>
        <source>&amp;Drop mine</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
    <message>
        <source>Close the form and throw away what you typed</source>
        <translation>关闭表单并丢弃您输入的内容</translation>
    </message>
    <message>
        <source>Hide &amp;their change</source>
        <translation>隐藏对方的修改(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The office&apos;s shared database on a PostgreSQL server. Your administrator tells you its name and your user; README “A shared office” says how to set one up.</source>
        <translation>办公室共用的 PostgreSQL 服务器上的数据库。服务器名称和您的用户由系统管理员告知；如何搭建见 README“A shared office”一节。</translation>
    </message>
    <message>
        <source>e.g. quality-server or 192.168.1.20</source>
        <translation>例如 quality-server 或 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass</source>
        <translation>留空：从 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is kept only while QualityLoop runs; it is never saved.</source>
        <translation>密码只在 QualityLoop 运行期间保留，从不保存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>请填写服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>请填写服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Type the user name you connect as.</source>
        <translation>请填写连接所用的用户名。</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>“%1” changed while it was being added. Nothing was added; add it again once it is saved.</source>
        <translation>“%1”在添加过程中被修改。未添加任何文件；请在它保存好后重新添加。</translation>
    </message>
    <message>
        <source>The file is not in the database.</source>
        <translation>数据库中没有该文件。</translation>
    </message>
</context>
<context>
    <name>CostRecords</name>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>That is more than a thousand million: check the amount.</source>
        <translation>金额超过十亿：请核对金额。</translation>
    </message>
    <message>
        <source>Hours worked cannot be negative.</source>
        <translation>工时不能为负数。</translation>
    </message>
    <message>
        <source>Give the hours worked on this case (at most %1).</source>
        <translation>请填写此问题单所用的工时（最多 %1 小时）。</translation>
    </message>
</context>
<context>
    <name>CostSettingsTab</name>
    <message>
        <source>C&amp;osts</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labour rate per hour</source>
        <translation>每小时人工费率(&amp;L)</translation>
    </message>
    <message>
        <source>The statistics price the labour hours of the service and return forms at this rate in the cost of poor quality. 0 leaves labour out of the costs.</source>
        <translation>统计时，服务单和返厂单上的工时按此费率计入质量损失成本。填 0 则不计人工费用。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB: split it into smaller files.</source>
        <translation>“%1”大于 %2 MB：请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1”是空文件：没有可导入的内容。</translation>
    </message>
    <message>
        <source>“%1” is an Excel workbook, not a CSV file. Open it in Excel or WPS and save it with File &gt; Save As as “CSV UTF-8 (comma delimited)”.</source>
        <translation>“%1”是 Excel 工作簿，不是 CSV 文件。请在 Excel 或 WPS 中打开，用“文件 &gt; 另存为”保存为“CSV UTF-8（逗号分隔）”。</translation>
    </message>
    <message>
        <source>“%1” says it is UTF-8 text but line %2 is not: save it again as “CSV UTF-8”.</source>
        <translation>“%1”标明为 UTF-8 文本，但第 %2 行不是：请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>“%1” is not readable UTF-16 text: save it again as “CSV UTF-8”.</source>
        <translation>“%1”不是可读的 UTF-16 文本：请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it holds binary data). Choose the CSV file, or save the table as “CSV UTF-8 (comma delimited)”.</source>
        <translation>“%1”不是文本文件（含二进制数据）。请选择 CSV 文件，或将表格另存为“CSV UTF-8（逗号分隔）”。</translation>
    </message>
    <message>
        <source>“%1” is neither UTF-8 nor GB18030 (Chinese Windows) text: line %2 has characters that are neither. Save it from Excel or WPS as “CSV UTF-8 (comma delimited)” and import that file.</source>
        <translation>“%1”既不是 UTF-8 也不是 GB18030（中文 Windows）文本：第 %2 行含有两者都不是的字符。请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”，再导入该文件。</translation>
    </message>
    <message>
        <source>“%1”, line %2: a value in quotes is never closed (a &quot; is missing after it).</source>
        <translation>“%1”第 %2 行：引号中的值没有结束（后面缺少一个 &quot;）。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CustomerLoopsWindow</name>
    <message>
        <source>Customer loops</source>
        <translation>客户回访</translation>
    </message>
    <message>
        <source>&amp;Call-backs after delivery</source>
        <translation>交货后回访(&amp;C)</translation>
    </message>
    <message>
        <source>Customer &amp;visits</source>
        <translation>客户走访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Before supply</source>
        <translation>供货前(&amp;B)</translation>
    </message>
    <message>
        <source>Satisfaction &amp;survey</source>
        <translation>满意度调查(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>Return-visit &amp;rounds</source>
        <translation>回访轮次(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DamageAdvice</name>
    <message>
        <source>The database file “%1” is damaged; QualityLoop did not change it. The newest backup of it was made on %2: “%3”. Restoring it brings back everything saved up to then.</source>
        <translation>数据库文件“%1”已损坏；QualityLoop 未对其做任何更改。它最新的备份生成于 %2：“%3”。恢复该备份可找回截至那时保存的全部内容。</translation>
    </message>
    <message>
        <source>If it was your QualityLoop database, it is damaged. The newest backup of it was made on %1: “%2”. Restoring it brings back everything saved up to then.</source>
        <translation>如果它原是您的 QualityLoop 数据库，则它已损坏。它最新的备份生成于 %1：“%2”。恢复该备份可找回截至那时保存的全部内容。</translation>
    </message>
</context>
<context>
    <name>DamagedDatabasePrompt</name>
    <message>
        <source>QualityLoop cannot open the database</source>
        <translation>QualityLoop 无法打开数据库</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>恢复此备份(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>opening the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>在“%1”找不到数据库。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created, so the database cannot be made there.</source>
        <translation>无法创建文件夹“%1”，因此无法在该处建立数据库。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check that you may open this file.</source>
        <translation>无法读取“%1”。请确认您有权打开此文件。</translation>
    </message>
    <message>
        <source>“%1” is not a QualityLoop database (it is not a database file at all). Nothing was changed.</source>
        <translation>“%1”不是 QualityLoop 数据库（根本不是数据库文件）。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is read-only, so QualityLoop cannot save in it. Ask your administrator for write access, or open a copy. Nothing was changed.</source>
        <translation>“%1”是只读文件，QualityLoop 无法在其中保存。请向系统管理员申请写入权限，或打开一个副本。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of QualityLoop (database version %2; this version knows up to %3). Install the newer QualityLoop to open it. Nothing was changed.</source>
        <translation>“%1”由较新版本的 QualityLoop 创建（数据库版本 %2；本版本最高支持 %3）。请安装新版 QualityLoop 后再打开。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not of QualityLoop. Nothing was changed.</source>
        <translation>“%1”是其他程序的数据库，不属于 QualityLoop。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is an empty database.</source>
        <translation>“%1”是一个空数据库。</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). QualityLoop keeps its database file on this PC&apos;s own disk only: locks on a network drive are not reliable, and two PCs saving into one file there would lose or mix up cases. To work together from several PCs, put the data on a shared PostgreSQL server (README: “A shared office”); to work alone, copy the file to this PC. Nothing was changed.</source>
        <translation>“%1”位于网络驱动器（%2）上。QualityLoop 的数据库文件只能存放在本机磁盘上：网络驱动器上的文件锁不可靠，多台电脑同时向其中保存会丢失或混淆问题单。如需多台电脑协同工作，请将数据放在共享的 PostgreSQL 服务器上（README：“A shared office”）；如仅一人使用，请将文件复制到本机。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of QualityLoop (database version %2; this version knows up to %3). Install the newer QualityLoop to open it. Nothing was changed.</source>
        <translation>数据库 %1 由较新版本的 QualityLoop 创建（数据库版本 %2；本版本最高支持 %3）。请安装新版 QualityLoop 后再打开。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another program, not of QualityLoop. Nothing was changed.</source>
        <translation>数据库 %1 中是其他程序的数据表，不是 QualityLoop 的。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is empty.</source>
        <translation>数据库 %1 是空的。</translation>
    </message>
</context>
<context>
    <name>DatabasePreparer</name>
    <message numerus="yes">
        <source>Making the demonstration database with %n sample case(s)…</source>
        <translation>
            <numerusform>正在生成包含 %n 个示例问题单的演示数据库…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Type a date and time such as 2026-03-12 14:00, 3/12 14:00, tomorrow 9:00 or +3d.</source>
        <translation>请输入日期和时间，例如 2026-03-12 14:00、3/12 14:00、明天 9:00 或 +3d。</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-12, 3/12, tomorrow or +3d.</source>
        <translation>请输入日期，例如 2026-03-12、3/12、明天或 +3d。</translation>
    </message>
    <message>
        <source>Type a time of day such as 14:00 or 9:30.</source>
        <translation>请输入时刻，例如 14:00 或 9:30。</translation>
    </message>
    <message>
        <source>Enter a time of day.</source>
        <translation>请输入时刻。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>请输入日期和时间。</translation>
    </message>
    <message>
        <source>This field takes a time of day only: leave out the date.</source>
        <translation>此处只填时刻：请去掉日期。</translation>
    </message>
    <message>
        <source>This field takes a day: count in days, such as +3d.</source>
        <translation>此处填日期：请按天计算，例如 +3d。</translation>
    </message>
    <message>
        <source>This field takes a day only: leave out the time.</source>
        <translation>此处只填日期：请去掉时刻。</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in the company&apos;s time zone (%3): the clocks skip that hour.</source>
        <translation>公司所在时区（%3）中不存在 %2 %1：时钟跳过了这一小时。</translation>
    </message>
    <message>
        <source>e.g. 3/12 14:00, tomorrow 9:00, +3d</source>
        <translation>例如 3/12 14:00、明天 9:00、+3d</translation>
    </message>
    <message>
        <source>e.g. 2026-03-12, 3/12, +3d</source>
        <translation>例如 2026-03-12、3/12、+3d</translation>
    </message>
    <message>
        <source>e.g. 14:00</source>
        <translation>例如 14:00</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Pick a day from the calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+Down）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <source>%1 is not a year this program keeps: type it with four digits, such as 2026.</source>
        <translation>本程序不记录 %1 年：请用四位数字输入年份，例如 2026。</translation>
    </message>
    <message>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation>没有 %1 月：月份为 1～12。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The month and year in a message about a day the month does not have (&quot;February 2026&quot;).</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message numerus="yes">
        <source>There is no day %1 in %2: it has %n day(s).</source>
        <translation>
            <numerusform>%2没有 %1 日：该月只有 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>Sales</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>服务技术员</translation>
    </message>
    <message>
        <source>Give the customer a disposal suggestion</source>
        <translation>向客户提出处置意见</translation>
    </message>
    <message>
        <source>Send the case to Quality</source>
        <translation>将问题单转交质量部</translation>
    </message>
    <message>
        <source>Finish processing the case</source>
        <translation>完成问题单处理</translation>
    </message>
    <message>
        <source>Reply to feedback sheet %1</source>
        <translation>回复信息反馈单 %1</translation>
    </message>
    <message>
        <source>Arrive on site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>First return visit (phone)</source>
        <translation>首次回访（电话）</translation>
    </message>
    <message>
        <source>Second return visit (phone)</source>
        <translation>二次回访（电话）</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟踪：%1</translation>
    </message>
    <message>
        <source>Responsible unit to reply</source>
        <translation>待责任单位回复</translation>
    </message>
    <message>
        <source>Technical support follow-up</source>
        <translation>技术支持跟踪</translation>
    </message>
    <message>
        <source>Record the case</source>
        <translation>受理问题单</translation>
    </message>
    <message>
        <source>Check and analyse the case</source>
        <translation>核实并分析问题单</translation>
    </message>
    <message>
        <source>Issue the feedback sheet</source>
        <translation>下发信息反馈单</translation>
    </message>
    <message>
        <source>Organize the processing plan</source>
        <translation>组织制定处理方案</translation>
    </message>
    <message>
        <source>Carry out the plan</source>
        <translation>实施处理方案</translation>
    </message>
    <message>
        <source>Follow up the resupplied product</source>
        <translation>跟踪重新供货的产品</translation>
    </message>
    <message>
        <source>Close the case with written feedback</source>
        <translation>书面反馈客户并关闭问题单</translation>
    </message>
</context>
<context>
    <name>DocumentContext</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>A case you were logging was not saved. Continue it?</source>
        <translation>您正在登记的问题单尚未保存。要继续吗？</translation>
    </message>
    <message>
        <source>&amp;Continue the case</source>
        <translation>继续登记问题单(&amp;C)</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each unit&apos;s deadline as a date and time such as 2026-03-05 17:00, or as &quot;3 days&quot;.</source>
        <translation>请以日期和时间（如 2026-03-05 17:00）或“3 天”的形式填写每个责任单位的期限。</translation>
    </message>
</context>
<context>
    <name>EightDReportDocument</name>
    <message>
        <source>8D Report</source>
        <translation>8D 报告</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>问题单 %1</translation>
    </message>
    <message>
        <source>The problem traced</source>
        <translation>追溯的问题</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Traced because</source>
        <translation>追溯原因</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开启时间</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>开启人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请说明</translation>
    </message>
    <message>
        <source>The eight disciplines</source>
        <translation>八个步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Found and done</source>
        <translation>发现与措施</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>签认</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>已验证。</translation>
    </message>
    <message>
        <source>Quality Department</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>生产部</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>研发部</translation>
    </message>
    <message>
        <source>Cause analysis by Research and development, Quality and Manufacturing; the written feedback to the customer draws on this report.</source>
        <translation>由研发部、质量部和生产部共同进行原因分析；给客户的书面反馈以本报告为依据。</translation>
    </message>
</context>
<context>
    <name>EmptyListHint</name>
    <message>
        <source>“%1” has no entries yet: they come first. &lt;a href=&quot;add&quot;&gt;Add one…&lt;/a&gt;</source>
        <translation>“%1”中还没有条目，需先添加。&lt;a href=&quot;add&quot;&gt;添加一条…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>“%1” has no entries yet: an administrator adds them first.</source>
        <translation>“%1”中还没有条目，需由管理员先添加。</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>FeedbackLetterDocument</name>
    <message>
        <source>Written Feedback</source>
        <translation>质量问题处理复函</translation>
    </message>
    <message>
        <source>Thank you for telling us on %1 about a problem with our product. We have looked into it and write to tell you what we found and what we have done.</source>
        <translation>贵公司于%1反映我公司产品出现质量问题。我公司对此高度重视，经调查分析，现将有关情况函复如下：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Batch no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Quantity affected</source>
        <translation>涉及数量</translation>
    </message>
    <message>
        <source>What you reported</source>
        <translation>贵公司反映的问题</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>经核实的问题</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>If the product gives you any further trouble, please call our Sales Department and quote the case number above. Thank you for your trust.</source>
        <translation>如产品在使用中再出现问题，请与我公司销售部联系，并告知上述问题单号。感谢贵公司对我公司的信任与支持！</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>此致
敬礼！</translation>
    </message>
    <message>
        <source>Quality Department</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>Attn.: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Subject: Our reply to your quality feedback (%1)</source>
        <translation>事由：关于贵公司质量反馈的回复（%1）</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>敬启者：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value in the text of the Chinese letter</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Concerning the quality problem your company reported (case %1)</source>
        <comment>subject line of the Chinese letter (关于……的复函)</comment>
        <translation>关于贵公司反映产品质量问题的复函（问题单号：%1）</translation>
    </message>
    <message>
        <source>Concerning the quality problem of %1 your company reported (case %2)</source>
        <comment>subject line of the Chinese letter (关于……的复函); %1 is the product model</comment>
        <translation>关于贵公司反映%1产品质量问题的复函（问题单号：%2）</translation>
    </message>
    <message>
        <source>To %1:</source>
        <comment>greeting of the Chinese letter: the customer company</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the facts of one point in the Chinese letter</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Herewith our answer.</source>
        <comment>closing sentence of the Chinese letter (特此函复)</comment>
        <translation>特此函复。</translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <comment>the signing department, with room for the company seal</comment>
        <translation>%1（盖章）</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Permanent correction</source>
        <translation>永久纠正措施</translation>
    </message>
    <message>
        <source>Preventing recurrence</source>
        <translation>预防再发生</translation>
    </message>
    <message>
        <source>Our 8D analysis</source>
        <translation>我方8D分析</translation>
    </message>
</context>
<context>
    <name>FeedbackSheetDocument</name>
    <message>
        <source>Information Feedback Sheet</source>
        <translation>信息反馈单</translation>
    </message>
    <message>
        <source>1. Quality information received</source>
        <translation>一、质量信息接收</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>问题单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Objection to quality</source>
        <translation>是否质量异议</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>2. Check and analysis by Quality</source>
        <translation>二、质量部核实与分析</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>Defect cause</source>
        <translation>缺陷原因</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>质量事件等级</translation>
    </message>
    <message>
        <source>Processing deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Analysed by</source>
        <translation>分析人</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>分析时间</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析结论</translation>
    </message>
    <message>
        <source>Temporary measures</source>
        <translation>临时措施</translation>
    </message>
    <message>
        <source>3. Responsible units, tasks and deadlines</source>
        <translation>三、责任单位、任务及期限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>4. Issue</source>
        <translation>四、签发</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>5. Distribution</source>
        <translation>五、分发签收</translation>
    </message>
    <message>
        <source>Sales Department</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>Organize the processing plan</source>
        <translation>组织制定处理方案</translation>
    </message>
    <message>
        <source>Quality Department</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>File copy</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>For</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Each unit acknowledges receipt and replies with its action by the deadline above (clause 3.3.2 of the after-sales service system).</source>
        <translation>各责任单位签收本单后，应在上述期限内回复处理措施（依据《售后服务制度》第3.3.2条）。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>问题单号：%1</translation>
    </message>
    <message>
        <source>Form code: %1</source>
        <translation>表单编号：%1</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>when the customer&apos;s information came in</comment>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>when the unit signed for the sheet</comment>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>Please correct the form: %1</source>
        <translation>请更正表单中的以下内容：%1</translation>
    </message>
</context>
<context>
    <name>FirstStartChoice</name>
    <message>
        <source>Enter the company&apos;s lists (customers, products, serials, technicians) from the Administration menu.</source>
        <translation>请从“管理”菜单录入公司的各类列表（客户、产品、序列号、技术员）。</translation>
    </message>
    <message>
        <source>Import the company&apos;s lists from files through the Administration menu.</source>
        <translation>请通过“管理”菜单从文件导入公司的各类列表。</translation>
    </message>
</context>
<context>
    <name>FirstVisitDialog</name>
    <message>
        <source>Arrived at the appointed time</source>
        <translation>按约定时间到达</translation>
    </message>
    <message>
        <source>Explained the cause and the work</source>
        <translation>说明了问题原因和工作内容</translation>
    </message>
    <message>
        <source>Left the site clean and safe</source>
        <translation>离开时现场整洁、安全</translation>
    </message>
    <message>
        <source>The product works as it should</source>
        <translation>产品运行正常</translation>
    </message>
    <message>
        <source>Polite and helpful service</source>
        <translation>服务礼貌周到</translation>
    </message>
    <message>
        <source>First return visit</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>致电时间</translation>
    </message>
    <message>
        <source>On-site service requirement</source>
        <translation>现场服务要求</translation>
    </message>
    <message>
        <source>Customer&apos;s note</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Confirmed item by item</source>
        <translation>逐项确认</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Customer&apos;s marks (0-100)</source>
        <translation>客户评分（0～100）</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FlowChartPage</name>
    <message>
        <source>&lt;h2&gt;After-sales flow&lt;/h2&gt;Where every case stands. Click a step (or use the arrow keys and Enter) to list its cases.</source>
        <translation>&lt;h2&gt;售后服务流程&lt;/h2&gt;显示每个问题单所处的环节。单击某一环节（或使用方向键和 Enter 键）可列出该环节的问题单。</translation>
    </message>
    <message>
        <source>After-sales flow chart</source>
        <translation>售后服务流程图</translation>
    </message>
    <message>
        <source>Cases at: %1</source>
        <translation>处于该环节的问题单：%1</translation>
    </message>
</context>
<context>
    <name>FlowChartWidget</name>
    <message>
        <source>R1 Logged by Sales</source>
        <translation>R1 销售部登记</translation>
    </message>
    <message>
        <source>R2 Sent to Quality</source>
        <translation>R2 已转质量部</translation>
    </message>
    <message>
        <source>R2 Recorded, to analyse</source>
        <translation>R2 已受理，待分析</translation>
    </message>
    <message>
        <source>R3 Analysed, sheet due</source>
        <translation>R3 已分析，
待下发反馈单</translation>
    </message>
    <message>
        <source>R4 Sheet issued, plan due</source>
        <translation>R4 已下发，
待制定方案</translation>
    </message>
    <message>
        <source>R5 Planned, being done</source>
        <translation>R5 方案已定，实施中</translation>
    </message>
    <message>
        <source>R6 Done, return visit due</source>
        <translation>R6 已实施，待回访</translation>
    </message>
    <message>
        <source>R7 First visit made</source>
        <translation>R7 首次回访已完成</translation>
    </message>
    <message>
        <source>R8 Followed up, to close</source>
        <translation>R8 已跟踪，待关闭</translation>
    </message>
    <message>
        <source>R9 Closed</source>
        <translation>R9 已关闭</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>已关闭 %1</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>进行中 %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>R11 Tracing (8D)</source>
        <translation>R11 质量追溯 (8D)</translation>
    </message>
    <message>
        <source>R12 Corrective actions</source>
        <translation>R12 纠正措施</translation>
    </message>
    <message>
        <source>R13 Special treatment groups</source>
        <translation>R13 专项处理小组</translation>
    </message>
    <message>
        <source>Improvement loop</source>
        <translation>持续改进</translation>
    </message>
</context>
<context>
    <name>FormUndo</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last edit in this form (%1)</source>
        <translation>撤销此表单中的上一次修改（%1）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Put the edit back (%1)</source>
        <translation>恢复被撤销的修改（%1）</translation>
    </message>
</context>
<context>
    <name>GrantAdvice</name>
    <message>
        <source>Next, once, as the owner: psql &quot;%1&quot; -c &quot;SELECT qualityloop_grant(&apos;qualityloop_users&apos;)&quot; gives the clerks&apos; server logins (the group qualityloop_users) their rights; then each PC opens postgresql://LOGIN@%2 with its own login (README “A shared office”).</source>
        <translation>下一步，以所有者身份执行一次：psql &quot;%1&quot; -c &quot;SELECT qualityloop_grant(&apos;qualityloop_users&apos;)&quot;，为职员的服务器登录名（qualityloop_users 组）授予权限；然后每台电脑用自己的登录名打开 postgresql://LOGIN@%2（README：“A shared office”）。</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>There is no such special treatment group.</source>
        <translation>没有这个专项处理小组。</translation>
    </message>
    <message>
        <source>Group %1 is closed; it stays as it was.</source>
        <translation>小组 %1 已关闭，保持原样。</translation>
    </message>
    <message>
        <source>Describe the problem the group treats.</source>
        <translation>请描述小组处理的问题。</translation>
    </message>
    <message>
        <source>Choose the group&apos;s lead.</source>
        <translation>请选择小组组长。</translation>
    </message>
    <message>
        <source>Choose the group&apos;s members.</source>
        <translation>请选择小组成员。</translation>
    </message>
    <message>
        <source>Give the day of the progress, today or before.</source>
        <translation>请填写进展日期（今天或之前）。</translation>
    </message>
    <message>
        <source>Say what progress was made.</source>
        <translation>请说明取得了什么进展。</translation>
    </message>
    <message>
        <source>Say which systematic improvement was decided.</source>
        <translation>请说明决定了哪项系统改进。</translation>
    </message>
    <message>
        <source>A group closes once the systematic improvement is decided.</source>
        <translation>决定系统改进后小组才能关闭。</translation>
    </message>
    <message>
        <source>Write the closing summary.</source>
        <translation>请填写关闭总结。</translation>
    </message>
    <message>
        <source>A group keeps at least one member besides its lead.</source>
        <translation>小组除组长外至少要有一名成员。</translation>
    </message>
    <message>
        <source>Choose members among the people who can sign in.</source>
        <translation>请从可以登录的人员中选择成员。</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>新建小组(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>进展(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Improvement…</source>
        <translation>系统改进(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close group…</source>
        <translation>关闭小组(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Choose a group to see its members and progress.</source>
        <translation>选择一个小组以查看其成员和进展。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; led by %2; members: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 组长 %2；成员：%3。</translation>
    </message>
    <message>
        <source>Case %1.</source>
        <translation>问题单 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Systematic improvement:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;系统改进：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; by %1: %2</source>
        <translation>由 %1 &lt;b&gt;关闭&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>M&amp;embers…</source>
        <translation>成员(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>GuardedApplication</name>
    <message>
        <source>Something went wrong, so this was not done: %1. Everything saved before is safe.</source>
        <translation>出现问题，此操作未完成：%1。之前保存的内容都安全。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <source>%1: %2 (%3 of them on working days of the week), %4. That leaves %5 in the year.</source>
        <translation>%1 年：%2（其中 %3 天在工作周内），%4。全年共 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n public holiday(s)</source>
        <translation>
            <numerusform>%n 个节假日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n 个调休上班日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days</source>
        <translation>节假日和调休上班日</translation>
    </message>
    <message>
        <source>Add &amp;holiday…</source>
        <translation>添加节假日(&amp;H)…</translation>
    </message>
    <message>
        <source>Add &amp;make-up day…</source>
        <translation>添加调休上班日(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
        <source>A year&apos;s holidays as published: text or CSV (date or range, holiday or workday, name, Chinese name), iCalendar (.ics) or holiday-cn JSON</source>
        <translation>按公布的全年节假日安排：文本或 CSV（日期或日期段、holiday 或 workday、英文名称、中文名称）、iCalendar（.ics）或 holiday-cn JSON</translation>
    </message>
    <message>
        <source>Remove days</source>
        <translation>删除日期</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n day(s) from the calendar?</source>
        <translation>
            <numerusform>从日历中删除这 %n 天吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>Holiday files (*.csv *.txt *.ics *.json);;All files (*)</source>
        <translation>节假日文件 (*.csv *.txt *.ics *.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) added.</source>
        <translation>
            <numerusform>已添加 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) changed.</source>
        <translation>
            <numerusform>已修改 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) removed.</source>
        <translation>
            <numerusform>已删除 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) were already so.</source>
        <translation>
            <numerusform>%n 天原本就是如此。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: the calendar already has these days.</source>
        <translation>没有变化：日历中已有这些日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n make-up day(s) left out: the company works on them anyway.</source>
        <translation>
            <numerusform>略过 %n 个调休上班日：公司在这些日子本来就上班。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deadline of %n open case(s) moved with the calendar.</source>
        <translation>
            <numerusform>%n 个未结问题单的期限随日历调整。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>文件内容(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Update the entries already in the lists (matched by their code)</source>
        <translation>更新列表中已有的条目（按代码匹配）(&amp;U)</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only, leave the bad ones out</source>
        <translation>只导入正确的行，跳过有错的行(&amp;G)</translation>
    </message>
    <message>
        <source>The file&apos;s first rows; the top row says which column each one fills:</source>
        <translation>文件的前几行；最上面一行表示每列填入哪一栏：</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>无法导入的行：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header; %1, columns separated by %2. Check the file, then import it.</source>
        <translation>
            <numerusform>标题行下有 %n 行；%1，列以%2分隔。请先检查文件，再导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged</source>
        <translation>新增 %1 条，更新 %2 条，%3 条不变</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>已从 %1 导入：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out, as asked.</source>
        <translation>
            <numerusform>已按要求跳过 %n 个有错的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported: %1. Nothing was changed yet.</source>
        <translation>所有行都可以导入：%1。目前尚未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to import: every entry is already there as the file has it.</source>
        <translation>没有需要导入的内容：每个条目都已与文件中一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (listed below); nothing was changed. Correct the file, or choose to import the good rows only.</source>
        <translation>
            <numerusform>%n 行无法导入（见下表）；未做任何更改。请修改文件，或选择只导入正确的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>新增 %1 条，更新 %2 条，%3 条不变</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Only the office or an administrator can import the company&apos;s lists and past cases.</source>
        <translation>只有办公室或系统管理员才能导入公司的列表和以往问题单。</translation>
    </message>
    <message>
        <source>The file has a header line but no rows below it.</source>
        <translation>文件只有标题行，下面没有数据行。</translation>
    </message>
    <message>
        <source>This line has %1 values, the header line %2 columns: a value that holds a comma or a line break must be in double quotes.</source>
        <translation>这一行有 %1 个值，标题行有 %2 列：含逗号或换行的值必须放在双引号中。</translation>
    </message>
    <message>
        <source>“%1” is also on line %2 of this file: each entry once.</source>
        <translation>“%1”也出现在本文件第 %2 行：每个条目只能出现一次。</translation>
    </message>
</context>
<context>
    <name>ImprovementCommands</name>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>Only the actions not closed.</source>
        <translation>只列出未关闭的措施。</translation>
    </message>
    <message>
        <source>Only the actions open past their due day.</source>
        <translation>只列出超过完成日期仍未完成的措施。</translation>
    </message>
    <message>
        <source>actions needs --database DB.</source>
        <translation>actions 需要 --database DB。</translation>
    </message>
    <message>
        <source>The PDF FILE to write.</source>
        <translation>要写入的 PDF 文件 FILE。</translation>
    </message>
    <message>
        <source>Language of the document: en or zh_CN.</source>
        <translation>单据语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Paper: A4 or Letter.</source>
        <translation>纸张：A4 或 Letter。</translation>
    </message>
    <message>
        <source>print %1 needs one NUMBER, --database DB and --output FILE.pdf.</source>
        <translation>print %1 需要一个 NUMBER、--database DB 和 --output FILE.pdf。</translation>
    </message>
    <message>
        <source>“%1” is not a language documents print in; use en or zh_CN.</source>
        <translation>单据不能用“%1”打印；请用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Printed %1 %2 to %3</source>
        <translation>已将%1 %2 打印到 %3</translation>
    </message>
    <message>
        <source>  actions --database DB [--open|--overdue]   the corrective actions: notice number, case,
        owner unit, due day, state; --open those not closed, --overdue those open past due</source>
        <translation>  actions --database DB [--open|--overdue]   纠正措施：通知单号、问题单、
        责任单位、完成日期、状态；--open 只列未关闭的，--overdue 只列超期的</translation>
    </message>
    <message>
        <source>  print 8d CASE-NUMBER|8D-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]
  print rectification-notice RN-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]</source>
        <translation>  print 8d CASE-NUMBER|8D-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]
  print rectification-notice RN-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]</translation>
    </message>
</context>
<context>
    <name>ImprovementForms</name>
    <message>
        <source>Raise corrective action</source>
        <translation>提出纠正措施</translation>
    </message>
    <message>
        <source>Choose the unit</source>
        <translation>选择单位</translation>
    </message>
    <message>
        <source>Preventive (the problem has not happened here yet)</source>
        <translation>预防措施（问题尚未在此发生）</translation>
    </message>
    <message>
        <source>What is to be corrected</source>
        <translation>纠正内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Notice %1 at a meeting</source>
        <translation>通知单 %1 的会议传阅</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签认人</translation>
    </message>
    <message>
        <source>Action %1 done</source>
        <translation>措施 %1 完成</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成内容</translation>
    </message>
    <message>
        <source>Effectiveness of action %1</source>
        <translation>措施 %1 的有效性</translation>
    </message>
    <message>
        <source>Effective: the problem did not come back</source>
        <translation>有效：问题未再发生</translation>
    </message>
    <message>
        <source>Not effective: back to the owner unit</source>
        <translation>无效：退回责任单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>How it was checked</source>
        <translation>验证方法</translation>
    </message>
    <message>
        <source>New special treatment group</source>
        <translation>新建专项处理小组</translation>
    </message>
    <message>
        <source>Choose the lead</source>
        <translation>选择组长</translation>
    </message>
    <message>
        <source>Problem hard to verify or close</source>
        <translation>难以验证或关闭的问题</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Progress of group %1</source>
        <translation>小组 %1 的进展</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Systematic improvement of group %1</source>
        <translation>小组 %1 的系统改进</translation>
    </message>
    <message>
        <source>Systematic improvement decided</source>
        <translation>决定的系统改进</translation>
    </message>
    <message>
        <source>Close group %1</source>
        <translation>关闭小组 %1</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>关闭总结</translation>
    </message>
    <message>
        <source>Members of group %1</source>
        <translation>小组 %1 的成员</translation>
    </message>
    <message>
        <source>Members (led by %1)</source>
        <translation>成员（组长：%1）</translation>
    </message>
</context>
<context>
    <name>ImprovementLink</name>
    <message>
        <source>There is no such improvement opportunity.</source>
        <translation>没有这个改进机会。</translation>
    </message>
</context>
<context>
    <name>ImprovementQueue</name>
    <message>
        <source>Corrective actions due</source>
        <translation>待完成的纠正措施</translation>
    </message>
    <message>
        <source>8D steps due</source>
        <translation>待完成的 8D 步骤</translation>
    </message>
    <message>
        <source>Actions to check for effect</source>
        <translation>待验证效果的措施</translation>
    </message>
</context>
<context>
    <name>ImprovementRules</name>
    <message>
        <source>Only the Quality Department or a manager can open a tracing or a special treatment group.</source>
        <translation>只有质量部或经理才能开启质量追溯或专项处理小组。</translation>
    </message>
    <message>
        <source>Only the Quality Department can choose the owner and due day of an 8D step.</source>
        <translation>只有质量部才能指定 8D 步骤的负责人和到期日。</translation>
    </message>
    <message>
        <source>Only the Quality Department can raise a corrective action.</source>
        <translation>只有质量部才能提出纠正措施。</translation>
    </message>
    <message>
        <source>Only the Quality Department can record the meetings of a rectification notice.</source>
        <translation>只有质量部才能登记整改通知单的会议传阅。</translation>
    </message>
    <message>
        <source>Only the Quality Department can check whether an action was effective.</source>
        <translation>只有质量部才能验证措施是否有效。</translation>
    </message>
    <message>
        <source>Only the Quality Department can close a corrective action.</source>
        <translation>只有质量部才能关闭纠正措施。</translation>
    </message>
    <message>
        <source>Only the Quality Department can close a tracing (D8).</source>
        <translation>只有质量部才能关闭质量追溯（D8）。</translation>
    </message>
    <message>
        <source>Only the owner of this 8D step or the Quality Department can write and sign it.</source>
        <translation>只有此 8D 步骤的负责人或质量部才能填写和签认。</translation>
    </message>
    <message>
        <source>Only the owner unit of this action or the Quality Department can report it done.</source>
        <translation>只有此措施的责任单位或质量部才能报告完成。</translation>
    </message>
    <message>
        <source>Only the group&apos;s lead or the Quality Department can do this.</source>
        <translation>只有组长或质量部才能这样做。</translation>
    </message>
    <message>
        <source>Only the group&apos;s lead, its members or the Quality Department can record its progress.</source>
        <translation>只有组长、组员或质量部才能登记小组进展。</translation>
    </message>
</context>
<context>
    <name>ImprovementWindow</name>
    <message>
        <source>Improvement</source>
        <translation>持续改进</translation>
    </message>
    <message>
        <source>Corrective &amp;actions</source>
        <translation>纠正措施(&amp;A)</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>质量追溯</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Traced because</source>
        <translation>追溯原因</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签认</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>8D steps due</source>
        <translation>到期的 8D 步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>&amp;Open tracing…</source>
        <translation>打开质量追溯(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tracings (8D)</source>
        <translation>质量追溯 (8D)(&amp;T)</translation>
    </message>
    <message>
        <source>Special treatment &amp;groups</source>
        <translation>专项处理小组(&amp;G)</translation>
    </message>
    <message>
        <source>%1 of 9</source>
        <translation>%1 / 9</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>ImprovementWords</name>
    <message>
        <source>D0 Emergency response</source>
        <translation>D0 紧急响应</translation>
    </message>
    <message>
        <source>D1 Team</source>
        <translation>D1 成立小组</translation>
    </message>
    <message>
        <source>D2 Problem description (what, where, when, how many; is / is not)</source>
        <translation>D2 问题描述（什么、何处、何时、多少；是 / 不是）</translation>
    </message>
    <message>
        <source>D3 Containment</source>
        <translation>D3 围堵措施</translation>
    </message>
    <message>
        <source>D4 Root cause and escape point (verified)</source>
        <translation>D4 根本原因与流出点（已验证）</translation>
    </message>
    <message>
        <source>D5 Permanent correction chosen (verified)</source>
        <translation>D5 选定永久纠正措施（已验证）</translation>
    </message>
    <message>
        <source>D6 Implemented and validated, containment removed</source>
        <translation>D6 实施并确认，撤除围堵措施</translation>
    </message>
    <message>
        <source>D7 Recurrence prevented (standards, control plan, FMEA updated)</source>
        <translation>D7 预防再发生（更新标准、控制计划、FMEA）</translation>
    </message>
    <message>
        <source>D8 Closed with lessons learned</source>
        <translation>D8 关闭并总结经验教训</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术类</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购类</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>生产类</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done, effectiveness to check</source>
        <translation>已完成，待验证有效性</translation>
    </message>
    <message>
        <source>Checked effective</source>
        <translation>已验证有效</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Quality management meeting</source>
        <translation>质量管理例会</translation>
    </message>
    <message>
        <source>Technical coordination meeting</source>
        <translation>技术协调会</translation>
    </message>
    <message>
        <source>Joint production meeting</source>
        <translation>生产联席会</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Major problem</source>
        <translation>重大问题</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>按申请</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>The new database FILE.</source>
        <translation>新数据库文件 FILE。</translation>
    </message>
    <message>
        <source>The administrator&apos;s user name.</source>
        <translation>管理员的用户名。</translation>
    </message>
    <message>
        <source>The administrator&apos;s name as people read it.</source>
        <translation>管理员的姓名（供人阅读）。</translation>
    </message>
    <message>
        <source>init needs --database DB and --admin NAME.</source>
        <translation>init 需要 --database DB 和 --admin NAME。</translation>
    </message>
    <message>
        <source>“%1” already exists and is not empty. init only makes a new database; the users of an existing one are managed in the window (Administration &gt; Users and roles).</source>
        <translation>“%1”已存在且不为空。init 只新建数据库；已有数据库的用户在窗口中管理（管理 &gt; 用户与角色）。</translation>
    </message>
    <message>
        <source>The password: %1</source>
        <translation>密码要求：%1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>Nothing was made.</source>
        <translation>未创建任何内容。</translation>
    </message>
    <message>
        <source>Made %1 with its administrator %2 (%3). Open it in the window and sign in; the company and its working time are under Administration &gt; Settings.</source>
        <translation>已创建 %1，管理员为 %2（%3）。请在窗口中打开并登录；公司信息和工作时间在“管理 &gt; 设置”中。</translation>
    </message>
    <message>
        <source>  init --database DB --admin NAME [--display-name TEXT]   make a new database (on a server:
        QualityLoop&apos;s tables in an empty database) and its first QualityLoop administrator,
        NAME; NAME&apos;s password comes from standard input (asked twice on a terminal)</source>
        <translation>  init --database DB --admin NAME [--display-name TEXT]   新建数据库（在服务器上：在空数据库中
        建立 QualityLoop 的表）及其第一个 QualityLoop 管理员 NAME；NAME 的密码从标准输入读取
        （在终端上要求输入两次）</translation>
    </message>
    <message>
        <source>Made %1 with its administrator %2 (%3); the company and its working time are under Administration &gt; Settings in the window.</source>
        <translation>已创建 %1，管理员为 %2（%3）；公司信息和工作时间在窗口的“管理 &gt; 设置”中。</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>&lt;h2&gt;New case — customer&apos;s call&lt;/h2&gt;Fields marked * are required. Ctrl+S saves, Esc discards. The form is kept as you type.</source>
        <translation>&lt;h2&gt;新建问题单——客户质量信息&lt;/h2&gt;标有 * 的字段为必填项。Ctrl+S 保存，Esc 放弃。表单内容在输入时自动保留。</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Received at</source>
        <translation>接收时间(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Product model</source>
        <translation>产品型号(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quantity affected</source>
        <translation>涉及数量(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;ymptom</source>
        <translation>故障现象(&amp;Y)</translation>
    </message>
    <message>
        <source>Customer &amp;asks for</source>
        <translation>客户要求(&amp;A)</translation>
    </message>
    <message>
        <source>Site a&amp;ddress</source>
        <translation>现场地址(&amp;D)</translation>
    </message>
    <message>
        <source>Ob&amp;jection</source>
        <translation>质量异议(&amp;J)</translation>
    </message>
    <message>
        <source>Type to find a model, or fill it from the serial number</source>
        <translation>输入以查找型号，或根据序列号自动填写</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>输入名称的一部分</translation>
    </message>
    <message>
        <source>The customer objects to the quality (starts the 24-hour disposal clock)</source>
        <translation>客户对质量提出异议（开始 24 小时处置意见计时）</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>保存问题单(&amp;S)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message numerus="yes">
        <source>This serial number already has %n open case(s). Check it is not the same problem.</source>
        <translation>
            <numerusform>此序列号已有 %n 个未关闭的问题单。请确认不是同一问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation>放弃此条客户质量信息？</translation>
    </message>
    <message>
        <source>The case has not been saved. Discard what you typed?</source>
        <translation>问题单尚未保存。要放弃已输入的内容吗？</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>信息来源(&amp;N)</translation>
    </message>
    <message>
        <source>Seria&amp;l no.</source>
        <translation>序列号(&amp;L)</translation>
    </message>
    <message>
        <source>Ship&amp;ment / order</source>
        <translation>发货单/订单(&amp;M)</translation>
    </message>
    <message>
        <source>The case has not been saved. Save what you typed?</source>
        <translation>问题单尚未保存。要保存已输入的内容吗？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新客户…</translation>
    </message>
    <message>
        <source>Add a customer the company does not know yet; the office completes it later.</source>
        <translation>添加公司尚无记录的客户，由办公室稍后补全。</translation>
    </message>
    <message>
        <source>Keep as contact</source>
        <translation>存为联系人</translation>
    </message>
    <message>
        <source>Add this contact and phone number to the customer&apos;s contacts.</source>
        <translation>将此联系人及电话加入该客户的联系人。</translation>
    </message>
    <message>
        <source>Customer %1 added (code %2); the office will complete it.</source>
        <translation>已添加客户 %1（编码 %2），由办公室补全。</translation>
    </message>
    <message>
        <source>%1 is now a contact of the customer.</source>
        <translation>%1 已成为该客户的联系人。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before supply, order %1:&lt;/b&gt; medium %2, pressure %3, temperature %4&lt;br&gt;Special requirements: %5&lt;br&gt;Documents with the goods: %6</source>
        <translation>&lt;b&gt;供货前，订单 %1：&lt;/b&gt;介质 %2，压力 %3，温度 %4&lt;br&gt;特殊要求：%5&lt;br&gt;随货单据：%6</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. What you typed is kept and will be saved by itself as soon as the server answers again.</source>
        <translation>与数据库服务器的连接已断开。您输入的内容已保留，服务器恢复响应后将自动保存。</translation>
    </message>
</context>
<context>
    <name>LabourRate</name>
    <message>
        <source>Enter the hourly labour rate as an amount from 0 to 1,000,000.00.</source>
        <translation>请填写每小时人工费率，金额为 0 至 1,000,000.00。</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>只有系统管理员才能修改设置。</translation>
    </message>
</context>
<context>
    <name>ListEditDialog</name>
    <message>
        <source>Saved. Add its entries on the other tabs, or close the form.</source>
        <translation>已保存。可在其他选项卡中添加其下属条目，或关闭本表单。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the entry first.</source>
        <translation>请先保存本条目。</translation>
    </message>
    <message>
        <source>%1 — edit</source>
        <translation>%1——编辑</translation>
    </message>
    <message>
        <source>%1 — new</source>
        <translation>%1——新建</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Given when saved, or type your own</source>
        <translation>保存时自动生成，也可自行填写</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Type the beginning of the number</source>
        <translation>输入编号的开头部分</translation>
    </message>
    <message>
        <source>Search: type part of a name, code or number</source>
        <translation>搜索：输入名称、编码或编号的一部分</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Only the office or an administrator can change this list.</source>
        <translation>只有办公室或管理员才能修改此清单。</translation>
    </message>
</context>
<context>
    <name>ListQuery</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ListRowImporter</name>
    <message>
        <source>“Active” is yes or no; “%1” is neither.</source>
        <translation>“在用”应为是或否；“%1”两者都不是。</translation>
    </message>
    <message>
        <source>There is already a %1 “%2” in the list. To change it from this file, import with “update what is there” (on the command line: --on-existing update).</source>
        <translation>列表中已有%1“%2”。如要用本文件修改，请选择“更新已有条目”导入（命令行：--on-existing update）。</translation>
    </message>
</context>
<context>
    <name>ListRules</name>
    <message>
        <source>Only the office or an administrator can change the list “%1”. Ask them to add or correct the entry.</source>
        <translation>只有办公室或管理员才能修改清单“%1”。请联系他们添加或更正该条目。</translation>
    </message>
    <message>
        <source>Only Sales, the office or an administrator can add a customer during a call.</source>
        <translation>只有销售部、办公室或管理员才能在来电时添加客户。</translation>
    </message>
</context>
<context>
    <name>ListService</name>
    <message>
        <source>This %1 is no longer in the list; it may have been changed elsewhere.</source>
        <translation>此%1已不在清单中，可能已在别处被修改。</translation>
    </message>
</context>
<context>
    <name>ListSpecs</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>To be completed by the office</source>
        <translation>待办公室补全</translation>
    </message>
    <message>
        <source>Customer sites</source>
        <translation>客户厂区</translation>
    </message>
    <message>
        <source>site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Site or plant</source>
        <translation>厂区或工厂</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Product models</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Model code</source>
        <translation>型号编码</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size DN</source>
        <translation>通径 DN</translation>
    </message>
    <message>
        <source>Pressure rating</source>
        <translation>压力等级</translation>
    </message>
    <message>
        <source>Orders and batches</source>
        <translation>订单与批次</translation>
    </message>
    <message>
        <source>delivered batch</source>
        <translation>发货批次</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Batch no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交货日期</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Order / batch</source>
        <translation>订单 / 批次</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>质量事件等级</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>响应规则</translation>
    </message>
    <message>
        <source>Response rules in Chinese</source>
        <translation>响应规则（中文）</translation>
    </message>
    <message>
        <source>Temporary measures</source>
        <translation>临时措施</translation>
    </message>
    <message>
        <source>Temporary measures in Chinese</source>
        <translation>临时措施（中文）</translation>
    </message>
    <message>
        <source>Processing deadline (hours)</source>
        <translation>处理期限（小时）</translation>
    </message>
    <message>
        <source>Unit reply (hours)</source>
        <translation>责任单位回复（小时）</translation>
    </message>
    <message>
        <source>On-site arrival (hours)</source>
        <translation>到达现场（小时）</translation>
    </message>
    <message>
        <source>Defect category groups</source>
        <translation>缺陷类别分组</translation>
    </message>
    <message>
        <source>Defect categories</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>defect category</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>Defect cause groups</source>
        <translation>缺陷原因分组</translation>
    </message>
    <message>
        <source>Defect causes</source>
        <translation>缺陷原因</translation>
    </message>
    <message>
        <source>defect cause</source>
        <translation>缺陷原因</translation>
    </message>
    <message>
        <source>Service agencies</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>服务技术员</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Product lines known</source>
        <translation>熟悉的产品线</translation>
    </message>
    <message>
        <source>Models known</source>
        <translation>熟悉的型号</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>For product line</source>
        <translation>适用产品线</translation>
    </message>
    <message>
        <source>For model</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ListValidator</name>
    <message>
        <source>Fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is too long: at most %n characters.</source>
        <translation>
            <numerusform>“%1”太长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (it looks like name@example.com).</source>
        <translation>“%1”不是电子邮件地址（格式如 name@example.com）。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces, + - ( ).</source>
        <translation>“%1”不是电话号码：请使用数字、空格及 +、-、（）。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number; “%2” is not.</source>
        <translation>“%1”必须是整数，“%2”不是。</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1”必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>“%1” is yes or no; “%2” is neither.</source>
        <translation>“%1”只能是“是”或“否”，“%2”都不是。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like 2026-03-31.</source>
        <translation>“%1”不是日期，请按 2026-03-31 的格式填写。</translation>
    </message>
    <message>
        <source>Choose “%1”.</source>
        <translation>请选择“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>“%1”必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>请选择%1。</translation>
    </message>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation>没有%1“%2”。</translation>
    </message>
    <message>
        <source>The %1 “%2” is no longer active: choose another, or reactivate it first.</source>
        <translation>%1“%2”已停用：请另选，或先将其重新启用。</translation>
    </message>
    <message>
        <source>“%1” is already used by another %2.</source>
        <translation>“%1”已被另一个%2使用。</translation>
    </message>
    <message>
        <source>There is already a %1 “%2”.</source>
        <translation>已有%1“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot change: this %2 is already used by cases or other lists.</source>
        <translation>“%1”不能修改：此%2已被问题单或其他清单使用。</translation>
    </message>
    <message>
        <source>“%1” cannot be before “%2”.</source>
        <translation>“%1”不能早于“%2”。</translation>
    </message>
    <message>
        <source>The %1 “%2” does not belong to the %3 chosen.</source>
        <translation>%1“%2”不属于所选的%3。</translation>
    </message>
</context>
<context>
    <name>ListsWindow</name>
    <message>
        <source>Lists</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>    To complete (%1)</source>
        <translation>    待补全（%1）</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 written to %2.</source>
        <translation>
            <numerusform>已将%1的 %n 个条目写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>LogoChooser</name>
    <message>
        <source>Choose the company&apos;s logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
</context>
<context>
    <name>LoopRules</name>
    <message>
        <source>Only a manager or the Sales Department can plan and record customer visits.</source>
        <translation>只有经理或销售部才能计划和记录客户走访。</translation>
    </message>
    <message>
        <source>Only a manager can decide that a customer visit is not needed.</source>
        <translation>只有经理才能决定不需要客户走访。</translation>
    </message>
    <message>
        <source>Only a manager can organize a round of customer return visits.</source>
        <translation>只有经理才能组织一轮客户回访走访。</translation>
    </message>
    <message>
        <source>Only the Sales Department can send return-visit records to the departments and file them.</source>
        <translation>只有销售部才能把回访记录发送给各部门并归档。</translation>
    </message>
    <message>
        <source>Only the departments a return-visit record was sent to can sign for it.</source>
        <translation>只有回访记录发送到的部门才能签收。</translation>
    </message>
    <message>
        <source>Only the Sales Department can call customers back after a delivery.</source>
        <translation>只有销售部才能在交货后回访客户。</translation>
    </message>
    <message>
        <source>Only the Sales Department can run the satisfaction survey.</source>
        <translation>只有销售部才能开展满意度调查。</translation>
    </message>
    <message>
        <source>Only the Quality Department can review the survey and name improvement opportunities.</source>
        <translation>只有质量部才能评审调查结果并提出改进机会。</translation>
    </message>
    <message>
        <source>Only the Sales Department can record an order&apos;s requirements and documents.</source>
        <translation>只有销售部才能记录订单的要求和随货单据。</translation>
    </message>
</context>
<context>
    <name>LoopSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A manager&apos;s &amp;visit is due after a key customer&apos;s case</source>
        <translation>重点客户问题单关闭后，经理走访期限(&amp;V)</translation>
    </message>
    <message>
        <source>The &amp;call-back comes after delivery</source>
        <translation>交货后，批次回访电话开始于(&amp;C)</translation>
    </message>
    <message>
        <source>Sales has for the call-back</source>
        <translation>销售部完成回访电话的期限</translation>
    </message>
    <message>
        <source>An &amp;order comes to be prepared before delivery</source>
        <translation>交货前，订单进入准备清单(&amp;O)</translation>
    </message>
    <message>
        <source>The loops &amp;start on</source>
        <translation>客户环节开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>Batches delivered and cases closed before the start owe no call-back and no visit.</source>
        <translation>开始日期之前交货的批次和关闭的问题单无需回访电话，也无需走访。</translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Saved. The lists of call-backs, visits and orders follow the new settings.</source>
        <translation>已保存。回访电话、走访和订单清单按新设置显示。</translation>
    </message>
</context>
<context>
    <name>LoopSettingsService</name>
    <message>
        <source>A manager&apos;s visit is due 1 to 365 days after the case closed.</source>
        <translation>经理走访应在问题单关闭后 1 到 365 天内进行。</translation>
    </message>
    <message>
        <source>The call-back comes 0 to 365 days after delivery.</source>
        <translation>回访在交货后 0 到 365 天进行。</translation>
    </message>
    <message>
        <source>Give Sales 1 to 90 days to make the call.</source>
        <translation>请给销售部 1 到 90 天的时间进行回访。</translation>
    </message>
    <message>
        <source>An order comes 0 to 180 days before its delivery date.</source>
        <translation>订单在交货日期前 0 到 180 天进入待办。</translation>
    </message>
    <message>
        <source>Give the day the customer loops start.</source>
        <translation>请填写客户环节开始的日期。</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings of the customer loops.</source>
        <translation>只有系统管理员才能更改客户环节的设置。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QualityLoop</source>
        <translation>关于 QualityLoop(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>About QualityLoop</source>
        <translation>关于 QualityLoop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QualityLoop %1&lt;/h3&gt;&lt;p&gt;After-sales quality information for makers of fluid-control equipment: from the customer&apos;s call to the written feedback.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QualityLoop %1&lt;/h3&gt;&lt;p&gt;面向流体控制设备制造企业的售后质量信息管理：从客户质量信息到书面反馈。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case logged.</source>
        <translation>问题单已登记。</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建问题单(&amp;N)…</translation>
    </message>
    <message>
        <source>Return-visit &amp;report…</source>
        <translation>回访报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Overdue list…</source>
        <translation>超期清单(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>查找问题单(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>我的工作(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>All &amp;cases</source>
        <translation>全部问题单(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Flow chart</source>
        <translation>流程图(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>无法读取统计数：%1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Print feedback sheets…</source>
        <translation>打印信息反馈单(&amp;P)…</translation>
    </message>
    <message>
        <source>Pre&amp;view feedback sheets…</source>
        <translation>预览信息反馈单(&amp;V)…</translation>
    </message>
    <message>
        <source>Save feedback sheets as P&amp;DF…</source>
        <translation>将信息反馈单存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建问题单</translation>
    </message>
    <message numerus="yes">
        <source>Print the feedback sheets of %n selected case(s)</source>
        <translation>
            <numerusform>打印所选 %n 个问题单的信息反馈单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview the feedback sheets of %n selected case(s)</source>
        <translation>
            <numerusform>预览所选 %n 个问题单的信息反馈单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the feedback sheets of %n selected case(s) in one PDF file</source>
        <translation>
            <numerusform>将所选 %n 个问题单的信息反馈单存为一个 PDF 文件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Working-day calendar…</source>
        <translation>工作日历(&amp;W)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Lists…</source>
        <translation>清单(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore a backup…</source>
        <translation>恢复备份(&amp;E)…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Your account is not in the restored database, so QualityLoop closes. Sign in again with an account of the restored database.</source>
        <translation>恢复后的数据库中没有您的账户，QualityLoop 将关闭。请用恢复后数据库中的账户重新登录。</translation>
    </message>
    <message>
        <source>%1 — QualityLoop</source>
        <translation>%1 — QualityLoop</translation>
    </message>
    <message>
        <source>Customer &amp;loops…</source>
        <translation>客户环节(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计分析(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Improvement…</source>
        <translation>持续改进(&amp;I)…</translation>
    </message>
    <message>
        <source>Co&amp;nnect to server…</source>
        <translation>连接服务器(&amp;N)…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a server&apos;s database on its host</comment>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>MoveSchema</name>
    <message>
        <source>The server&apos;s tables refer to each other in a circle, so they cannot be copied one after the other. Nothing was copied.</source>
        <translation>服务器上的表之间存在循环引用，无法逐一复制。未复制任何数据。</translation>
    </message>
    <message>
        <source>%1 made by the server from the copied columns</source>
        <translation>%1 由服务器根据已复制的列生成</translation>
    </message>
    <message>
        <source>The file has no table %1, which the server&apos;s schema has. Open the file once with this version of QualityLoop, then move it again. Nothing was copied.</source>
        <translation>文件中没有服务器数据库结构中的表 %1。请先用此版本的 QualityLoop 打开一次该文件，然后再迁移。未复制任何数据。</translation>
    </message>
    <message>
        <source>The file&apos;s table %1 has no column %2, which the server&apos;s schema has. Open the file once with this version of QualityLoop, then move it again. Nothing was copied.</source>
        <translation>文件中的表 %1 没有服务器数据库结构中的列 %2。请先用此版本的 QualityLoop 打开一次该文件，然后再迁移。未复制任何数据。</translation>
    </message>
    <message>
        <source>The file has a table %1 that the server&apos;s schema does not have. Nothing was copied.</source>
        <translation>文件中有服务器数据库结构中没有的表 %1。未复制任何数据。</translation>
    </message>
</context>
<context>
    <name>MovedFile</name>
    <message>
        <source>This office has moved to the server %1: File &gt; Connect to server… (nothing was saved here).</source>
        <translation>本办公室已迁往服务器 %1：请用“文件 &gt; 连接服务器…”（此处未保存任何内容）。</translation>
    </message>
    <message>
        <source>This office has moved to the server %1 (qualityloop-cli migrate): “%2” refuses every change and stays as the record of the move; it can still be read. Work on the server: Connect to a server… with your login there, or --database postgresql://LOGIN@%3. Nothing was changed.</source>
        <translation>本办公室已迁往服务器 %1（qualityloop-cli migrate）：“%2”拒绝任何更改，保留作为此次迁移的记录，仍可读取。请在服务器上工作：用您在服务器上的登录名“连接服务器…”，或 --database postgresql://LOGIN@%3。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message numerus="yes">
        <source>%1 — %n case(s), %2 overdue</source>
        <translation>
            <numerusform>%1——%n 个问题单，%2 个已超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1——%n 个问题单</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>暂无待办工作。</translation>
    </message>
    <message>
        <source>My work — counting…</source>
        <translation>我的工作——统计中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s), %2 overdue</source>
        <translation>
            <numerusform>%1——%n 项，%2 项已超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation>
            <numerusform>%1——%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>%1 %2, overdue %3</source>
        <translation>%1 %2，超期 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>My work (%1, overdue %2)</source>
        <translation>我的工作（%1，超期 %2）</translation>
    </message>
    <message>
        <source>My work (%1)</source>
        <translation>我的工作（%1）</translation>
    </message>
    <message>
        <source>New case (customer&apos;s call)</source>
        <translation>新建问题单（客户质量信息）</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部问题单</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>流程图</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>My work (counting…)</source>
        <translation>我的工作（统计中…）</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>OfficeMove</name>
    <message>
        <source>The server database %1 holds the tables of another program. migrate only copies into an empty database. Nothing was changed.</source>
        <translation>服务器数据库 %1 中有其他程序的表。migrate 只向空数据库复制。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of QualityLoop (database version %2; this version has %3). Open it once in the window of this version, which brings it up to date, then move it. Nothing was copied.</source>
        <translation>“%1”由旧版 QualityLoop 创建（数据库版本 %2；此版本为 %3）。请先用此版本的窗口程序打开一次，使其升级到最新，然后再迁移。未复制任何数据。</translation>
    </message>
    <message>
        <source>Nothing was copied: the server database is as a new QualityLoop database (its tables, no users, cases or audit entries). Run migrate again once the problem is solved.</source>
        <translation>未复制任何数据：服务器数据库与新建的 QualityLoop 数据库相同（只有表，没有用户、问题单或审计日志记录）。问题解决后请重新运行 migrate。</translation>
    </message>
    <message>
        <source>The server database %1 is not empty (users: %2, cases: %3, entries of the audit log: %4). migrate only copies into an empty database, so that nothing there is mixed up or lost. Put an empty one in its place, under the same name so that pg_hba.conf still admits it: on the server, as root, with nobody connected to it, runuser -u postgres -- psql -c &apos;ALTER DATABASE %5 RENAME TO %5_old&apos; (what it holds is kept there), then runuser -u postgres -- createdb --owner=%6 --encoding=UTF8 %5, and run migrate again. Nothing was changed.</source>
        <translation>服务器数据库 %1 不是空的（用户：%2，问题单：%3，审计日志记录：%4）。migrate 只向空数据库复制，以免混淆或丢失其中的数据。请用同名的空数据库替换它，这样 pg_hba.conf 仍然允许连接：在服务器上以 root 身份、在无人连接时执行 runuser -u postgres -- psql -c &apos;ALTER DATABASE %5 RENAME TO %5_old&apos;（原有内容保留在其中），再执行 runuser -u postgres -- createdb --owner=%6 --encoding=UTF8 %5，然后重新运行 migrate。未做任何更改。</translation>
    </message>
    <message>
        <source>Another program is saving in “%1” right now (a window in the middle of a save, an import). migrate needs the file to itself while it copies: wait until that is done, or close the windows and the other commands on this file, and run it again. Nothing was copied.</source>
        <translation>另一个程序正在“%1”中保存（正在保存的窗口、导入）。migrate 复制期间需要独占此文件：请等其完成，或关闭使用此文件的窗口和其他命令，然后重新运行。未复制任何内容。</translation>
    </message>
    <message>
        <source>Every table was copied and kept on the server %1, but “%2” could not be marked as moved (%3). Nobody may save in the file any more: make sure every PC opens the server, and keep the file as the record of the move.</source>
        <translation>所有表均已复制并保存在服务器 %1 上，但无法将“%2”标记为已迁移（%3）。任何人都不得再在此文件中保存：请确保每台电脑都打开服务器，并保留此文件作为此次迁移的记录。</translation>
    </message>
    <message>
        <source>“%1” has moved to the server %2 already, and refuses every change since. Nothing was copied.</source>
        <translation>“%1”已迁往服务器 %2，此后拒绝任何更改。未复制任何内容。</translation>
    </message>
    <message>
        <source>“%1” is read-only. When the copy is done, migrate writes into the file that the office has moved, so that nobody saves in it any more: it needs write access to the file and its folder. Nothing was copied.</source>
        <translation>“%1”是只读的。复制完成后，migrate 会在文件中写明办公室已迁移，使任何人都不再在其中保存：它需要对此文件及其文件夹的写入权限。未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>OnTimeQuery</name>
    <message>
        <source>Disposal suggestion (%n hour(s))</source>
        <translation>处置意见（%n 小时）</translation>
    </message>
    <message>
        <source>Sent to Quality the same working day</source>
        <translation>同一工作日内转交质量部</translation>
    </message>
    <message>
        <source>Processing deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Arrival on site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>First return visit (%n day(s))</source>
        <translation>首次回访（%n 天）</translation>
    </message>
    <message>
        <source>Second return visit (%n day(s))</source>
        <translation>二次回访（%n 天）</translation>
    </message>
    <message>
        <source>Reply of the responsible unit</source>
        <translation>责任单位回复</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>服务技术员</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>回复：%1</translation>
    </message>
</context>
<context>
    <name>OnlineBackup</name>
    <message>
        <source>The backup could not be given its name “%1” (%2).</source>
        <translation>无法将备份命名为“%1”（%2）。</translation>
    </message>
    <message>
        <source>Name the file the backup is written to.</source>
        <translation>请指定备份要写入的文件。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Name a file for the backup.</source>
        <translation>“%1”是文件夹。请为备份指定一个文件。</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself. Name another file.</source>
        <translation>备份不能覆盖数据库本身。请指定另一个文件。</translation>
    </message>
    <message>
        <source>“%1” is in use by a program (there is a “%2” beside it). Name another file for the backup.</source>
        <translation>“%1”正被某个程序使用（旁边有“%2”）。请为备份指定另一个文件。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made. Choose another folder for the backup.</source>
        <translation>无法创建文件夹“%1”。请为备份选择另一个文件夹。</translation>
    </message>
    <message>
        <source>QualityLoop may not write in the folder “%1”. Choose another folder for the backup.</source>
        <translation>QualityLoop 无权写入文件夹“%1”。请为备份选择另一个文件夹。</translation>
    </message>
    <message>
        <source>The backup was stopped before it was done; none was kept.</source>
        <translation>备份在完成前被中止，未保留任何备份。</translation>
    </message>
    <message>
        <source>The disk of “%1” is full, so the backup could not be written. Free some space or choose another place. The database was not changed.</source>
        <translation>“%1”所在磁盘已满，无法写入备份。请释放一些空间或选择其他位置。数据库未被更改。</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1” (%2). The database was not changed.</source>
        <translation>无法将备份写入“%1”（%2）。数据库未被更改。</translation>
    </message>
    <message>
        <source>The copy did not pass its check, so no backup was kept: %1 The database itself may be damaged: “qualityloop-cli check --database FILE” shows what SQLite finds.</source>
        <translation>副本未通过检查，因此没有保留备份：%1 数据库本身可能已损坏：“qualityloop-cli check --database FILE”可显示 SQLite 的检查结果。</translation>
    </message>
    <message>
        <source>%1 is a database on a PostgreSQL server: QualityLoop&apos;s backup and restore copy a database file only. Back up a server&apos;s database with pg_dump and put it back with pg_restore (README: “A shared office”). Nothing was written.</source>
        <translation>%1 是 PostgreSQL 服务器上的数据库：QualityLoop 的备份和恢复只复制数据库文件。服务器上的数据库请用 pg_dump 备份，用 pg_restore 恢复（README：“A shared office”）。没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>OverdueListDocument</name>
    <message>
        <source>Give the customer a disposal suggestion</source>
        <translation>向客户提出处置意见</translation>
    </message>
    <message>
        <source>Send the case to Quality</source>
        <translation>将问题单转交质量部</translation>
    </message>
    <message>
        <source>Finish processing the case</source>
        <translation>完成问题单处理</translation>
    </message>
    <message>
        <source>Reply to the feedback sheet</source>
        <translation>回复信息反馈单</translation>
    </message>
    <message>
        <source>Arrive on site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>First return visit (phone)</source>
        <translation>首次回访（电话）</translation>
    </message>
    <message>
        <source>Second return visit (phone)</source>
        <translation>二次回访（电话）</translation>
    </message>
    <message>
        <source>Technical support follow-up</source>
        <translation>技术支持跟踪</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>服务技术员</translation>
    </message>
    <message>
        <source>Overdue Work</source>
        <translation>超期工作清单</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>What is owed</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>超期时长</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Organize the processing plan</source>
        <translation>组织制定处理方案</translation>
    </message>
    <message>
        <source>Carry out the plan</source>
        <translation>实施处理方案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>销售部（%1）</translation>
    </message>
    <message>
        <source>Quality (%1)</source>
        <translation>质量部（%1）</translation>
    </message>
    <message>
        <source>Service technician %1</source>
        <translation>服务技术员 %1</translation>
    </message>
    <message numerus="yes">
        <source>Duties whose deadline has passed, one line each: %n.</source>
        <translation>
            <numerusform>已过期限的事项（每项一行）：%n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrective action %1</source>
        <translation>纠正措施 %1</translation>
    </message>
    <message>
        <source>%1 of tracing %2</source>
        <translation>追溯 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>ParetoQuery</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password library could not start.</source>
        <translation>密码库无法启动。</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>内存不足，无法对密码进行加密保护。</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>No password came on standard input: give it as the first line.</source>
        <translation>标准输入中没有密码：请将密码作为第一行提供。</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was made; run the command again.</source>
        <translation>两次输入的密码不一致。未创建任何内容，请重新运行该命令。</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>At least %1 characters; not the user name, not one character repeated and not a well-known password such as “12345678”.</source>
        <translation>至少 %1 个字符；不能是用户名，不能是同一字符的重复，也不能是“12345678”之类的常见密码。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation>密码不能是同一字符的重复。</translation>
    </message>
    <message>
        <source>This is one of the first passwords anyone would try. Choose another.</source>
        <translation>这是别人最先会尝试的常见密码之一，请另选一个。</translation>
    </message>
</context>
<context>
    <name>PastCaseImporter</name>
    <message>
        <source>“%1” is not a date and time: write it like 2026-03-31 14:05 (or 2026-03-31).</source>
        <translation>“%1”不是日期时间：请写成 2026-03-31 14:05（或 2026-03-31）。</translation>
    </message>
    <message>
        <source>“%1” is in the future: a past case happened before today.</source>
        <translation>“%1”是将来的时间：以往问题单应发生在今天之前。</translation>
    </message>
    <message>
        <source>There is no %1 “%2” in the lists: add it there first, or import it.</source>
        <translation>列表中没有%1“%2”：请先在列表中添加，或先导入。</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 fit.</source>
        <translation>此文本有 %1 个字符；最多 %2 个。</translation>
    </message>
    <message>
        <source>“%1” is not a case number: they look like QI-2019-00034 (or leave it empty for a new number).</source>
        <translation>“%1”不是问题单号：格式如 QI-2019-00034（留空则给新号）。</translation>
    </message>
    <message>
        <source>Case %1 is already in the database: a past case is imported once.</source>
        <translation>问题单 %1 已在数据库中：以往问题单只导入一次。</translation>
    </message>
    <message>
        <source>A past case comes in as %1; at “%2” it would need records a file does not carry (the plan, the service, the visits): import it at an earlier status and go on in the window.</source>
        <translation>以往问题单可按以下状态导入：%1；处于“%2”时需要文件中没有的记录（处理方案、服务、回访）：请按较早的状态导入，再在窗口中继续办理。</translation>
    </message>
    <message>
        <source>“%1” is not a status; a past case comes in as %2.</source>
        <translation>“%1”不是状态；以往问题单可按以下状态导入：%2。</translation>
    </message>
    <message>
        <source>Fill in when the information was received.</source>
        <translation>请填写信息的接收时间。</translation>
    </message>
    <message>
        <source>“%1” is not a channel: write phone, visit, letter, email or onsite.</source>
        <translation>“%1”不是信息来源：请写 phone、visit、letter、email 或 onsite。</translation>
    </message>
    <message>
        <source>Fill in the customer&apos;s code.</source>
        <translation>请填写客户代码。</translation>
    </message>
    <message>
        <source>The quantity affected is a whole number of at least 1; “%1” is not.</source>
        <translation>涉及数量应为不小于 1 的整数；“%1”不是。</translation>
    </message>
    <message>
        <source>“%1” is yes or no.</source>
        <translation>“%1”应为是或否。</translation>
    </message>
    <message>
        <source>Describe the symptom.</source>
        <translation>请描述故障现象。</translation>
    </message>
    <message>
        <source>A case is logged when or after the information is received.</source>
        <translation>问题单的登记时间应不早于信息的接收时间。</translation>
    </message>
    <message>
        <source>A case at “%1” has this date: fill it in.</source>
        <translation>处于“%1”的问题单应有此日期：请填写。</translation>
    </message>
    <message>
        <source>This date belongs to a later step than “%1”: leave it empty or change the status.</source>
        <translation>此日期属于“%1”之后的步骤：请留空或修改状态。</translation>
    </message>
    <message>
        <source>This date is before the step before it.</source>
        <translation>此日期早于上一步骤的日期。</translation>
    </message>
    <message>
        <source>An analysed case has its grade: fill it in.</source>
        <translation>已分析的问题单应有质量事件等级：请填写。</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>Pasted picture %1.png</source>
        <translation>粘贴的图片 %1.png</translation>
    </message>
    <message>
        <source>“%1” is a folder; add the files in it.</source>
        <translation>“%1”是文件夹；请添加其中的文件。</translation>
    </message>
    <message>
        <source>“%1” is not on this computer. Save it first, then add the saved file.</source>
        <translation>“%1”不在本机上。请先保存，再添加保存的文件。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not saved yet: it is saved with the form.</source>
        <translation>尚未保存：将随表单一起保存。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一张(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一张(&amp;N) ▶</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the photo to the window (0)</source>
        <translation>照片适合窗口大小（0）</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the photo at its full size (1)</source>
        <translation>按实际大小显示照片（1）</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Photo %1 of %2 — %3</source>
        <translation>第 %1 张照片，共 %2 张：%3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>无法显示这张照片。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Processing plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Appointed arrival</source>
        <translation>约定到达时间</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>现场地址</translation>
    </message>
    <message>
        <source>Return plan order</source>
        <translation>返厂计划单</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细说明</translation>
    </message>
    <message>
        <source>Disposal suggestion to the customer</source>
        <translation>给客户的处置意见</translation>
    </message>
    <message>
        <source>%1 (knows this product line)</source>
        <translation>%1（熟悉该产品线）</translation>
    </message>
    <message>
        <source>%1 (trained for this product, valid until %2)</source>
        <translation>%1（已接受此产品培训，有效期至 %2）</translation>
    </message>
    <message>
        <source>%1 (trained for this product)</source>
        <translation>%1（已接受此产品培训）</translation>
    </message>
    <message>
        <source>%1 (training expired %2)</source>
        <translation>%1（培训已于 %2 过期）</translation>
    </message>
    <message>
        <source>%1&apos;s training for this product expired on %2. Plan a trained technician, or renew the training.</source>
        <translation>%1 的此产品培训已于 %2 过期。请安排经过培训的技术员，或更新培训。</translation>
    </message>
</context>
<context>
    <name>PlanKinds</name>
    <message>
        <source>On-site service</source>
        <translation>现场服务</translation>
    </message>
    <message>
        <source>Return to factory</source>
        <translation>返厂</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Remote guidance</source>
        <translation>远程指导</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>单据语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Return-visit report</source>
        <translation>回访报告</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>超期工作清单</translation>
    </message>
    <message>
        <source>Left out, %1 of the %2 selected cases:</source>
        <translation>所选 %2 个问题单中有 %1 个未打印：</translation>
    </message>
    <message>
        <source>With the case&apos;s p&amp;hotos (a page of captioned pictures)</source>
        <translation>附问题单的照片（一页带说明的图片）(&amp;H)</translation>
    </message>
    <message>
        <source>List &amp;every visit (else only the visits with a problem; a year is long)</source>
        <translation>列出全部回访(&amp;E)（否则只列出有问题的回访；一年的回访很多）</translation>
    </message>
</context>
<context>
    <name>ReadDatabase</name>
    <message>
        <source>“%1” is of an older version of QualityLoop (database version %2; this program needs %3). A command that only reads does not bring it up to date: run once “qualityloop-cli upgrade --database %4”, or open it once in the window. Nothing was changed.</source>
        <translation>“%1”来自较旧版本的 QualityLoop（数据库版本 %2；本程序需要 %3）。只读的命令不会将其升级：请运行一次“qualityloop-cli upgrade --database %4”，或在窗口中打开一次。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 changed this record at %2 after you opened it; nothing of yours was saved. Open it again to see their change, then make yours.</source>
        <translation>%1 在您打开此记录后于 %2 更改了它；您的内容没有保存。请重新打开以查看其更改，然后再做您的更改。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
</context>
<context>
    <name>RectificationNoticeDocument</name>
    <message>
        <source>Rectification Notice</source>
        <translation>整改通知单</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Raised by hand</source>
        <translation>手工提出</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>问题单 %1</translation>
    </message>
    <message>
        <source>Tracing %1 (case %2)</source>
        <translation>质量追溯 %1（问题单 %2）</translation>
    </message>
    <message>
        <source>Customer satisfaction survey</source>
        <translation>客户满意度调查</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What is to be corrected</source>
        <translation>纠正内容</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>会议传阅</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签认人</translation>
    </message>
    <message>
        <source>Done and checked</source>
        <translation>完成与验证</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成内容</translation>
    </message>
    <message>
        <source>Reported done</source>
        <translation>报告完成时间</translation>
    </message>
    <message>
        <source>Effectiveness check</source>
        <translation>有效性验证</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>验证时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>关闭人</translation>
    </message>
    <message>
        <source>Quality Department</source>
        <translation>质量部</translation>
    </message>
    <message>
        <source>Circulated at the quality management meeting, the technical coordination meeting and the joint production meeting; closed once checked effective.</source>
        <translation>经质量管理例会、技术协调会和生产联席会传阅；验证有效后关闭。</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户必须填写名称。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Information feedback sheet</source>
        <translation>信息反馈单</translation>
    </message>
    <message>
        <source>On-site service report</source>
        <translation>现场服务报告</translation>
    </message>
    <message>
        <source>Return-visit record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Written feedback letter</source>
        <translation>质量问题处理复函</translation>
    </message>
    <message>
        <source>There is no case numbered “%1”.</source>
        <translation>不存在编号为“%1”的问题单。</translation>
    </message>
    <message>
        <source>Choose at least one case to print.</source>
        <translation>请至少选择一个要打印的问题单。</translation>
    </message>
    <message>
        <source>Case %1 has no feedback sheet yet: Quality issues it after the analysis.</source>
        <translation>问题单 %1 尚无信息反馈单：质量部在分析后下发。</translation>
    </message>
    <message>
        <source>Case %1 has no on-site service planned or recorded.</source>
        <translation>问题单 %1 没有计划或登记的现场服务。</translation>
    </message>
    <message>
        <source>Case %1 has no return visits: they follow the on-site service or the resupply.</source>
        <translation>问题单 %1 没有回访：回访在现场服务或重新供货之后进行。</translation>
    </message>
    <message>
        <source>Case %1 is not closed yet: the written feedback is given when it is closed.</source>
        <translation>问题单 %1 尚未关闭：书面反馈在关闭时出具。</translation>
    </message>
    <message>
        <source>Give a period whose end is not before its start.</source>
        <translation>请填写一个结束日期不早于开始日期的期间。</translation>
    </message>
    <message>
        <source>No return visits were made from %1 to %2.</source>
        <translation>%1 至 %2 期间没有进行回访。</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有超期事项。</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source>Certificate of conformity</source>
        <translation>产品合格证</translation>
    </message>
    <message>
        <source>Operating manual</source>
        <translation>使用说明书</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>试验报告</translation>
    </message>
    <message>
        <source>Before supply: order %1</source>
        <translation>供货前：订单 %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, order %2, first delivery %3, %n batch(es)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;，订单 %2，首次交货 %3，共 %n 个批次</numerusform>
        </translation>
    </message>
    <message>
        <source>Another document agreed with the customer</source>
        <translation>与客户约定的其他单据</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>介质(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Pressure</source>
        <translation>压力(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Special requirements</source>
        <translation>特殊要求(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Documents with the goods</source>
        <translation>随货单据(&amp;D)</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>由 %1 于 %2 记录</translation>
    </message>
    <message>
        <source>Checked by %1 on %2</source>
        <translation>由 %1 于 %2 核对</translation>
    </message>
</context>
<context>
    <name>RequirementService</name>
    <message>
        <source>There is no order %1 in the list of orders and batches.</source>
        <translation>订单与批次清单中没有订单 %1。</translation>
    </message>
    <message>
        <source>The requirements of this order have been removed since you opened them.</source>
        <translation>您打开后，此订单的要求已被删除。</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s operating conditions (medium, pressure, temperature) or their special requirements.</source>
        <translation>请填写客户的工况（介质、压力、温度）或特殊要求。</translation>
    </message>
    <message>
        <source>This kind of document is not known.</source>
        <translation>未知的单据种类。</translation>
    </message>
    <message>
        <source>Give the name of each other document.</source>
        <translation>请填写每份其他单据的名称。</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is listed twice.</source>
        <translation>单据“%1”列出了两次。</translation>
    </message>
</context>
<context>
    <name>RequirementsButton</name>
    <message>
        <source>&amp;Requirements…</source>
        <translation>供货要求(&amp;R)…</translation>
    </message>
    <message>
        <source>The customer&apos;s requirements and the documents that go with the goods, before supply</source>
        <translation>供货前客户的要求和随货单据</translation>
    </message>
    <message>
        <source>Before supply</source>
        <translation>供货前</translation>
    </message>
    <message>
        <source>No order of this customer is in the list yet.</source>
        <translation>列表中还没有该客户的订单。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Tell it to them: at the next sign-in they choose their own.</source>
        <translation>为 %1（%2）设置新密码。请告知对方：下次登录时由其设置自己的密码。</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>正在保存密码…</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space and restore again. Nothing was restored.</source>
        <translation>磁盘已满，无法写入%1。请释放一些空间后重新恢复。未恢复任何内容。</translation>
    </message>
    <message>
        <source>The database is busy: another program kept saving in it for half a minute. Ask everyone to close QualityLoop and restore again. Nothing was restored.</source>
        <translation>数据库繁忙：另一个程序持续保存了半分钟。请让所有人关闭 QualityLoop 后重新恢复。未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was restored.</source>
        <translation>无法写入%1（%2）。未恢复任何内容。</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>“%1”处没有备份。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a backup file.</source>
        <translation>“%1”是文件夹。请选择一个备份文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>无法读取“%1”（%2）。</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2), where QualityLoop keeps no database. Restore to a file on this PC&apos;s own disk. Nothing was changed.</source>
        <translation>“%1”位于网络驱动器（%2）上，QualityLoop 不在网络驱动器上存放数据库。请恢复到本机磁盘上的文件。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>“%1” or its folder is read-only, so the backup cannot be put in its place. Nothing was changed.</source>
        <translation>“%1”或其所在文件夹为只读，无法用备份替换它。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is the database itself, not a backup of it.</source>
        <translation>“%1”是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>the copy of the backup</source>
        <translation>备份的副本</translation>
    </message>
    <message>
        <source>It cannot be restored; choose another backup.</source>
        <translation>无法恢复；请选择另一个备份。</translation>
    </message>
    <message>
        <source>The backup could not be brought up to this version of QualityLoop: %1</source>
        <translation>无法将备份升级到本版本的 QualityLoop：%1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened (%2). Nothing was changed.</source>
        <translation>无法打开“%1”（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program. QualityLoop does not write over it: name another file to restore to. Nothing was changed.</source>
        <translation>“%1”是其他程序的数据库。QualityLoop 不会覆盖它：请指定另一个文件来恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it and restore again. Nothing was changed.</source>
        <translation>数据库被另一个程序锁定。请关闭该程序后重新恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Nothing was changed.</source>
        <translation>无法读取“%1”（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is not a database file, and a program seems to have it open. Close every program using it and restore again. Nothing was changed.</source>
        <translation>“%1”不是数据库文件，且似乎有程序正打开着它。请关闭所有使用它的程序后重新恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>the copy of the current database</source>
        <translation>当前数据库的副本</translation>
    </message>
    <message>
        <source>The restore stopped (%1). Nothing was restored.</source>
        <translation>恢复已中止（%1）。未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>ReturnVisitRecordDocument</name>
    <message>
        <source>Due by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>是否按时</translation>
    </message>
    <message>
        <source>Return-visit Record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Customer, product and service</source>
        <translation>客户、产品及服务</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Service finished</source>
        <translation>服务完成时间</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>On-site service requirement</source>
        <translation>现场服务要求</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>是否确认</translation>
    </message>
    <message>
        <source>Customer&apos;s marks (0-100)</source>
        <translation>客户评分（0～100）</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Use of the product since</source>
        <translation>服务后产品使用情况</translation>
    </message>
    <message>
        <source>Customer&apos;s feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Problems transferred to technical support</source>
        <translation>转交技术支持的问题</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>跟踪事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Follow-up of the resupplied product</source>
        <translation>重新供货产品跟踪</translation>
    </message>
    <message>
        <source>Forwarded to Quality</source>
        <translation>是否转交质量部</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Checked by (Quality)</source>
        <translation>审核人（质量部）</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>问题单号：%1</translation>
    </message>
    <message numerus="yes">
        <source>First return visit by telephone (within %n day(s))</source>
        <translation>
            <numerusform>首次回访（电话，%n 天内）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Second return visit by telephone (within %n day(s))</source>
        <translation>
            <numerusform>二次回访（电话，%n 天内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer&apos;s note</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Filed by the Sales Department and sent to the departments concerned (clause 3.4.4 of the after-sales service system).</source>
        <translation>由销售部归档，并分送相关部门（依据《售后服务制度》第3.4.4条）。</translation>
    </message>
</context>
<context>
    <name>ReturnVisitReportDocument</name>
    <message>
        <source>Visits</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>Visits with marks</source>
        <translation>有评分的回访次数</translation>
    </message>
    <message>
        <source>Average marks</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>是否按时</translation>
    </message>
    <message>
        <source>Return-visit Report</source>
        <translation>回访报告</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>First / second / resupply</source>
        <translation>首次 / 二次 / 重新供货</translation>
    </message>
    <message>
        <source>Made on time</source>
        <translation>按时完成率</translation>
    </message>
    <message>
        <source>By technician</source>
        <translation>按技术员统计</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按产品统计</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>All return visits in the period</source>
        <translation>统计期间内的全部回访</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visit / by</source>
        <translation>回访类别 / 回访人</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Problems raised and remarks</source>
        <translation>提出的问题及备注</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>二次</translation>
    </message>
    <message>
        <source>Resupply</source>
        <translation>重新供货</translation>
    </message>
    <message>
        <source>(no on-site service)</source>
        <translation>（无现场服务）</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>统计期间：%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 visits with a deadline)</source>
        <translation>%1（有期限的 %3 次回访中按时 %2 次）</translation>
    </message>
    <message>
        <source>On time: first visit within %1 and second visit within %2 of the on-site service, as the deadline settings say. Marks are given by the customer for the whole on-site service.</source>
        <translation>按时：按期限设置，首次回访在现场服务后 %1内、二次回访在 %2内完成。评分由客户针对整个现场服务给出。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <comment>share of the visits made by their deadline</comment>
        <translation>按时率</translation>
    </message>
    <message>
        <source>Transferred at the second return visit</source>
        <translation>二次回访时转交的事项</translation>
    </message>
    <message>
        <source>Problem to settle</source>
        <translation>待解决的问题</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>转交给</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>是否未完成</translation>
    </message>
    <message>
        <source>No, settled %1</source>
        <translation>否，%1 已解决</translation>
    </message>
    <message>
        <source>Yes, overdue</source>
        <translation>是，已超期</translation>
    </message>
    <message>
        <source>Return visits with a problem: %1 of %2</source>
        <translation>有问题的回访：%1 次（共 %2 次）</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>What %1 (%2) does in QualityLoop.</source>
        <translation>%1（%2）在 QualityLoop 中的职责。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Responsible u&amp;nit</source>
        <translation>责任单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Technician record</source>
        <translation>技术员档案(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>“%1” is not a role. Use one of: sales, quality, technician, unit, manager, office, admin.</source>
        <translation>“%1”不是有效的角色。请使用以下之一：sales、quality、technician、unit、manager、office、admin。</translation>
    </message>
    <message>
        <source>Sales clerk</source>
        <translation>销售内勤</translation>
    </message>
    <message>
        <source>Quality engineer</source>
        <translation>质量工程师</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>服务技术员</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New round of return visits</source>
        <translation>新一轮回访</translation>
    </message>
    <message>
        <source>Type part of a customer&apos;s name or code</source>
        <translation>输入客户名称或代码的一部分</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>结束(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ind customers</source>
        <translation>查找客户(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Who else &amp;goes</source>
        <translation>同行人员(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) chosen</source>
        <translation>
            <numerusform>已选 %n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundPrintCommand</name>
    <message>
        <source>  print round ROUND-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]
        [--paper A4|Letter]   a round of return visits: its visits, what the customers
        said, the departments each record went to</source>
        <translation>  print round ROUND-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]
        [--paper A4|Letter]   一轮客户回访：各次回访、客户的意见、
        各回访记录发送到的部门</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>The PDF FILE to write.</source>
        <translation>要写入的 PDF 文件 FILE。</translation>
    </message>
    <message>
        <source>Language of the document: en or zh_CN.</source>
        <translation>单据的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Paper: A4 or Letter.</source>
        <translation>纸张：A4 或 Letter。</translation>
    </message>
    <message>
        <source>print round needs ROUND-NUMBER, --database DB and --output FILE.pdf.</source>
        <translation>print round 需要 ROUND-NUMBER、--database DB 和 --output FILE.pdf。</translation>
    </message>
    <message>
        <source>“%1” is not a language documents print in; use en or zh_CN.</source>
        <translation>“%1”不是单据可用的打印语言；请用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--paper is A4 or Letter.</source>
        <translation>--paper 须为 A4 或 Letter。</translation>
    </message>
    <message>
        <source>Printed round %1 to %2</source>
        <translation>已将回访轮次 %1 打印到 %2</translation>
    </message>
</context>
<context>
    <name>RoundReportDocument</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Sent to the departments</source>
        <translation>已发送各部门</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Return-Visit Round</source>
        <translation>客户回访轮次</translation>
    </message>
    <message>
        <source>Customer return visits organised by the general manager</source>
        <translation>总经理组织的客户回访</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>本轮回访</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>回访开始日期</translation>
    </message>
    <message>
        <source>Visits by</source>
        <translation>回访截止日期</translation>
    </message>
    <message>
        <source>Customers visited</source>
        <translation>已回访客户</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Records filed</source>
        <translation>已归档记录</translation>
    </message>
    <message>
        <source>The visits</source>
        <translation>各次回访</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>回访编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>带队人</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>What the customers said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>会见的客户人员</translation>
    </message>
    <message>
        <source>Opinions of our products and service</source>
        <translation>对我公司产品和服务的意见</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>No customer has been visited yet.</source>
        <translation>尚未走访任何客户。</translation>
    </message>
    <message>
        <source>Records sent to the departments</source>
        <translation>发送各部门的回访记录</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>No record has been sent yet.</source>
        <translation>尚未发送任何记录。</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>Filed by (Sales)</source>
        <translation>归档（销售部）</translation>
    </message>
    <message>
        <source>The Sales Department sends each return-visit record to the departments concerned and files it once each has signed for it.</source>
        <translation>销售部将每份回访记录发送给相关部门，各部门签收后由销售部归档。</translation>
    </message>
    <message>
        <source>There is no round of return visits numbered %1.</source>
        <translation>没有编号为 %1 的回访轮次。</translation>
    </message>
</context>
<context>
    <name>RoundViewDialog</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Sent to the departments</source>
        <translation>已发送各部门</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>%1 (signed)</source>
        <translation>%1（已签收）</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1（待签收）</translation>
    </message>
    <message>
        <source>Return-visit round %1</source>
        <translation>回访轮次 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Visits from %3 to %4, organised by %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2&lt;br&gt;回访期间 %3 至 %4，组织人 %5</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>回访编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>带队人</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record sent to</source>
        <translation>记录发送至</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Visits between</source>
        <translation>回访期间</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>全部轮次</translation>
    </message>
    <message>
        <source>Not filed yet</source>
        <translation>尚未归档</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>回访开始日期</translation>
    </message>
    <message>
        <source>Visits by</source>
        <translation>回访截止日期</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open the round…</source>
        <translation>打开该轮次(&amp;O)…</translation>
    </message>
    <message>
        <source>Print in:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <source>&amp;Print the round…</source>
        <translation>打印该轮次(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n 个轮次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n round(s)</source>
        <translation>
            <numerusform>前 %n 个轮次</numerusform>
        </translation>
    </message>
    <message>
        <source>Return-visit round</source>
        <translation>回访轮次</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>  sample --database FILE --cases N [--seed S]   make a new database filled with sample data</source>
        <translation>  sample --database FILE --cases N [--seed S]   新建数据库并填入示例数据</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>How many cases.</source>
        <translation>问题单数量。</translation>
    </message>
    <message>
        <source>Seed of the random data.</source>
        <translation>随机数据的种子。</translation>
    </message>
    <message>
        <source>sample needs --database FILE and --cases N (a whole number).</source>
        <translation>sample 需要 --database FILE 和 --cases N（整数）。</translation>
    </message>
    <message>
        <source>“%1” already exists and is not empty. Sample data only goes into a new database, so that it is never mixed with real cases. Name a new file.</source>
        <translation>“%1”已存在且不为空。示例数据只能写入新数据库，以免与真实问题单混在一起。请指定一个新文件。</translation>
    </message>
    <message>
        <source>Sample users: sales, quality, tech, support, manager, admin; password: %1</source>
        <translation>示例用户：sales、quality、tech、support、manager、admin；密码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 / %n 个问题单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n sample case(s) in %1 s: %2</source>
        <translation>
            <numerusform>已在 %1 秒内生成 %n 个示例问题单：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>This database already has cases; sample data goes only into a new, empty database.</source>
        <translation>此数据库中已有问题单；示例数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <source>Sample data goes only into a new database file on this PC, never into a database on a PostgreSQL server, which holds a shared office&apos;s real cases. Nothing was changed.</source>
        <translation>示例数据只写入本机上的新数据库文件，绝不写入 PostgreSQL 服务器上的数据库，那里保存的是共享办公室的真实问题单。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>SecondVisitDialog</name>
    <message>
        <source>Second return visit</source>
        <translation>二次回访</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>致电时间</translation>
    </message>
    <message>
        <source>Use of the product since</source>
        <translation>此后产品使用情况</translation>
    </message>
    <message>
        <source>Feedback, as the customer said it</source>
        <translation>客户反馈（如实记录）</translation>
    </message>
    <message>
        <source>Transfer a problem to technical support</source>
        <translation>将问题转交技术支持</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪事项</translation>
    </message>
    <message>
        <source>Problem to settle</source>
        <translation>待解决的问题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>SerialRowImporter</name>
    <message>
        <source>Order %1, batch %2 went to the customer %3, not to “%4”: one batch goes to one customer.</source>
        <translation>订单 %1 批号 %2 已发给客户 %3，而不是“%4”：一个批次只发给一个客户。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Leave the password out of the server&apos;s address: QualityLoop never keeps one. Put it in the PGPASSWORD environment variable or in the file ~/.pgpass (README: “A shared office”).</source>
        <translation>服务器地址中请不要写密码：QualityLoop 从不保存密码。请把密码放在环境变量 PGPASSWORD 或文件 ~/.pgpass 中（见 README：“A shared office”）。</translation>
    </message>
    <message>
        <source>“%1” is not the address of a database server. Write it as %2.</source>
        <translation>“%1”不是数据库服务器的地址。请按 %2 的格式填写。</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>There is no database “%1” on the server %2. Ask your administrator to make it (README: “A shared office”). Nothing was changed.</source>
        <translation>服务器 %2 上没有数据库“%1”。请系统管理员创建它（见 README：“A shared office”）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check that this PC is on the network and that the server is running, or ask your administrator. Nothing was changed. (%2)</source>
        <translation>无法连接数据库服务器 %1。请检查本机是否已联网、服务器是否在运行，或询问系统管理员。未做任何更改。（%2）</translation>
    </message>
    <message>
        <source>Your database user may not do this on the server (%1). Ask your administrator for the rights QualityLoop needs (README: “A shared office”). Nothing was changed.</source>
        <translation>您的数据库用户无权在服务器上执行此操作（%1）。请向系统管理员申请 QualityLoop 所需的权限（见 README：“A shared office”）。未做任何更改。</translation>
    </message>
    <message>
        <source>Another person saved at the same moment, so this could not be saved. Try again. Nothing was changed.</source>
        <translation>其他人在同一时刻进行了保存，因此本次未能保存。请重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full, so this could not be saved. Ask your administrator; everything saved before is safe.</source>
        <translation>数据库服务器的磁盘已满，无法保存。请联系系统管理员；之前保存的内容均不受影响。</translation>
    </message>
    <message>
        <source>The database refused the operation (%1: %2).</source>
        <translation>数据库拒绝了该操作（%1：%2）。</translation>
    </message>
    <message>
        <source>The database server %1 and this PC do not agree on a safe connection (TLS): the server&apos;s certificate could not be checked, or one side asks for encryption the other does not offer. Check PGSSLMODE and PGSSLROOTCERT on this PC and the server&apos;s ssl settings and pg_hba.conf line (README: “A shared office”). Nothing was changed. (The server said: %2)</source>
        <translation>数据库服务器 %1 与本电脑未能建立安全连接（TLS）：无法验证服务器的证书，或一方要求加密而另一方不提供。请检查本电脑上的 PGSSLMODE 和 PGSSLROOTCERT，以及服务器的 ssl 设置和 pg_hba.conf 行（见 README：“A shared office”）。未做任何更改。（服务器返回：%2）</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this was not done (nothing is half saved). Check the network and try again; everything saved before is safe.</source>
        <translation>与数据库服务器的连接已断开，此操作未完成（不会只保存一半）。请检查网络后重试；之前保存的内容均不受影响。</translation>
    </message>
    <message>
        <source>Another program is holding what this needs (an import or another long save), so this could not be done now. Try again in a moment. Nothing was changed.</source>
        <translation>另一个程序正占用此操作所需的数据（导入或其他耗时的保存），因此现在无法完成。请稍后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The database server %1 does not let the user “%2” into the database “%3” from this PC: no line of its pg_hba.conf admits it. Ask your administrator to add one (README: “A shared office”). Nothing was changed. (The server said: %4)</source>
        <translation>数据库服务器 %1 不允许用户“%2”从这台电脑进入数据库“%3”：其 pg_hba.conf 中没有允许它的行。请管理员添加一行（README：“A shared office”）。没有做任何更改。（服务器的原话：%4）</translation>
    </message>
    <message>
        <source>The database server %1 refused the user “%2”: the password is wrong, or this user may not use the database “%3”. QualityLoop never writes a password down: type it under Connect to a server… (kept only while the program runs), put it in the PGPASSWORD environment variable or in the file ~/.pgpass, or ask your administrator for access. Nothing was changed. (The server said: %4)</source>
        <translation>数据库服务器 %1 拒绝了用户“%2”：密码错误，或该用户无权使用数据库“%3”。QualityLoop 从不记下密码：请在“连接服务器…”中输入密码（只在程序运行期间保留），或把密码放在环境变量 PGPASSWORD 或文件 ~/.pgpass 中，或向系统管理员申请访问权限。未做任何更改。（服务器的提示：%4）</translation>
    </message>
    <message>
        <source>The database server %1 asks for the password of the user “%2”, and none was given. QualityLoop never writes a password down: type it under Connect to a server… (kept only while the program runs), or put it in the PGPASSWORD environment variable or in the file ~/.pgpass. Nothing was changed.</source>
        <translation>数据库服务器 %1 要求用户“%2”的密码，但没有提供密码。QualityLoop 从不记下密码：请在“连接服务器…”中输入密码（只在程序运行期间保留），或把密码放在环境变量 PGPASSWORD 或文件 ~/.pgpass 中。没有做任何更改。</translation>
    </message>
    <message>
        <source>The database server %1 refused the password of the user “%2”: it is wrong (or there is no such user). Type it again (Connect to a server… keeps it only while the program runs), or correct it in PGPASSWORD or ~/.pgpass. Nothing was changed. (The server said: %3)</source>
        <translation>数据库服务器 %1 拒绝了用户“%2”的密码：密码错误（或没有这个用户）。请重新输入（“连接服务器…”只在程序运行期间保留密码），或在 PGPASSWORD 或 ~/.pgpass 中改正。没有做任何更改。（服务器的提示：%3）</translation>
    </message>
</context>
<context>
    <name>ServerUpgrade</name>
    <message>
        <source>The database %1 is of an older version of QualityLoop (database version %2; this program needs %3). Only its owner, %4, may bring it up to date: ask your administrator to run once “qualityloop-cli upgrade --database %5” (README: “A shared office”). Nothing was changed.</source>
        <translation>数据库 %1 来自较旧版本的 QualityLoop（数据库版本 %2；本程序需要 %3）。只有其所有者 %4 可以将其升级：请管理员运行一次“qualityloop-cli upgrade --database %5”（见 README：“A shared office”）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 has no QualityLoop tables yet, and your database user may not make them. Only its owner, %2, makes them: ask your administrator to run once “qualityloop-cli init --database %3” (README: “A shared office”). Nothing was changed.</source>
        <translation>数据库 %1 中还没有 QualityLoop 的表，而您的数据库用户无权创建。只有其所有者 %2 可以创建：请管理员运行一次“qualityloop-cli init --database %3”（见 README：“A shared office”）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is of an older version of QualityLoop (database version %2; this program needs %3). A command that only reads does not bring it up to date: run once “qualityloop-cli upgrade --database %1” (README: “A shared office”). Nothing was changed.</source>
        <translation>数据库 %1 来自较旧版本的 QualityLoop（数据库版本 %2；本程序需要 %3）。只读的命令不会将其升级：请运行一次“qualityloop-cli upgrade --database %1”（见 README：“A shared office”）。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ServerWaitPrompt</name>
    <message>
        <source>A call you logged is not saved yet: the database server does not answer.</source>
        <translation>您登记的客户质量信息尚未保存：数据库服务器没有响应。</translation>
    </message>
    <message>
        <source>If you wait, it is saved by itself as soon as the server answers again.

If you close QualityLoop now, the call is kept on this PC and offered again the next time you sign in to this database.</source>
        <translation>如果继续等待，服务器恢复响应后将自动保存。

如果现在关闭 QualityLoop，这条信息会保留在本机，下次登录此数据库时会再次提供。</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved yet: the database server does not answer.</source>
        <translation>您在此表单中输入的内容尚未保存：数据库服务器没有响应。</translation>
    </message>
    <message>
        <source>If you wait, it is saved by itself as soon as the server answers again.

If you close the form now, what you typed is kept on this PC and offered again the next time you open this form of the case.</source>
        <translation>如果继续等待，服务器恢复响应后将自动保存。

如果现在关闭表单，输入的内容会保留在本机，下次打开此问题单的这张表单时会再次提供。</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>继续等待(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Close, keep it for later</source>
        <translation>关闭，稍后继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard what I typed</source>
        <translation>放弃输入的内容(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>On-site service record</source>
        <translation>现场服务记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appointed:&lt;/b&gt; %1 at %2 · &lt;b&gt;Technician:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;约定：&lt;/b&gt;%1 到达 %2 · &lt;b&gt;技术员：&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>到达现场时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>更换备件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>The customer confirmed the service</source>
        <translation>客户已确认服务</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n minute(s)</source>
        <translation>
            <numerusform>迟到 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceReportDocument</name>
    <message>
        <source>On-site Service Report</source>
        <translation>现场服务报告</translation>
    </message>
    <message>
        <source>Customer and product</source>
        <translation>客户与产品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务情况</translation>
    </message>
    <message>
        <source>Service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Appointed arrival</source>
        <translation>约定到达时间</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>质量事件等级</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation>客户反映的问题</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>更换备件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>The customer confirms that the work above was done and its result.</source>
        <translation>客户确认上述服务内容已完成，处理结果属实。</translation>
    </message>
    <message>
        <source>Please return a signed copy to the Sales Department. We will call you within three days to ask how the service went.</source>
        <translation>请在本报告签字（盖章）后交回我公司销售部。我公司将在三日内电话回访，了解服务情况。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>问题单号：%1</translation>
    </message>
    <message>
        <source>Confirmed on site by: %1</source>
        <translation>现场确认人：%1</translation>
    </message>
    <message>
        <source>Customer&apos;s comments</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Technician&apos;s signature / date</source>
        <translation>服务技术员签字/日期</translation>
    </message>
    <message>
        <source>Customer&apos;s signature and stamp / date</source>
        <translation>客户签字（盖章）/日期</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>One line per line of the letterhead</source>
        <translation>信头的每一行写一行</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>The name, address and logo head every printed document. The logo is kept in the database, so every PC prints the same paper.</source>
        <translation>名称、地址和标志印在每份打印单据的页眉。标志保存在数据库中，因此每台电脑打印的纸面都相同。</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Working day &amp;ends at *</source>
        <translation>下班时间(&amp;E) *</translation>
    </message>
    <message>
        <source>&amp;Working days *</source>
        <translation>工作日(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;First return visit after *</source>
        <translation>首次回访间隔(&amp;F) *</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Second return visit after *</source>
        <translation>二次回访间隔(&amp;S) *</translation>
    </message>
    <message>
        <source>Follow-&amp;up due after *</source>
        <translation>跟踪事项期限(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Time zone *</source>
        <translation>时区(&amp;T) *</translation>
    </message>
    <message>
        <source>New deadlines apply to the steps recorded from now on; deadlines already set stay.</source>
        <translation>新期限适用于此后记录的步骤；已设定的期限不变。</translation>
    </message>
    <message>
        <source>Dis&amp;posal suggestion within *</source>
        <translation>处置意见期限(&amp;P) *</translation>
    </message>
    <message>
        <source>As the quality system numbers the form, e.g. QR-8.2-01</source>
        <translation>按质量体系的表单编号填写，例如 QR-8.2-01</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Daily backup &amp;folder</source>
        <translation>每日备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>No daily backup</source>
        <translation>不做每日备份</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Daily backups &amp;kept</source>
        <translation>保留的每日备份数(&amp;K)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>When the window first &amp;starts each day</source>
        <translation>每天窗口首次启动时(&amp;S)</translation>
    </message>
    <message>
        <source>Each day &amp;at</source>
        <translation>每天于(&amp;A)</translation>
    </message>
    <message>
        <source>The first window opened each day on this database makes a checked backup into this folder while people work; of the backups it made there, only the newest are kept. Choose a folder on another disk or a USB drive, so that a broken disk cannot take both. This PC also remembers the folder, so that the message for a damaged database can name the newest backup. File &gt; Back up now… makes one at any time.</source>
        <translation>每天在此数据库上打开的第一个窗口会在大家工作时向此文件夹生成一份经过检查的备份；它在该文件夹中生成的备份只保留最新的几份。请选择另一块磁盘或 U 盘上的文件夹，以免磁盘损坏时两者同时丢失。本机也会记住此文件夹，以便在数据库损坏时的提示中指出最新的备份。随时可用“文件 &gt; 立即备份…”生成一份备份。</translation>
    </message>
    <message>
        <source>Folder for the daily backup</source>
        <translation>每日备份的文件夹</translation>
    </message>
    <message>
        <source>Feedback sheet form cod&amp;e</source>
        <translation>信息反馈单表单编号(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Enter the company&apos;s name: it heads every printed page.</source>
        <translation>请填写公司名称：它印在每一页的页眉。</translation>
    </message>
    <message>
        <source>The logo cannot be read as an image. Choose another file.</source>
        <translation>无法将标志读取为图片，请选择其他文件。</translation>
    </message>
    <message>
        <source>The disposal suggestion is due within 1 to 720 hours.</source>
        <translation>处置意见期限应为 1～720 小时。</translation>
    </message>
    <message>
        <source>Enter when the working day ends.</source>
        <translation>请填写下班时间。</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>请至少勾选一个工作日。</translation>
    </message>
    <message>
        <source>The first return visit is due 1 to 60 days after the service.</source>
        <translation>首次回访应在服务后 1～60 天内进行。</translation>
    </message>
    <message>
        <source>The second return visit comes after the first, within a year.</source>
        <translation>二次回访应晚于首次回访，且在一年之内。</translation>
    </message>
    <message>
        <source>A follow-up is due 1 to 365 days after it is opened.</source>
        <translation>跟踪事项期限应为开启后 1～365 天。</translation>
    </message>
    <message>
        <source>Choose the company&apos;s time zone.</source>
        <translation>请选择公司所在时区。</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>只有系统管理员才能修改设置。</translation>
    </message>
    <message>
        <source>%1 is not an image QualityLoop can read (use PNG or JPEG): %2</source>
        <translation>%1 不是 QualityLoop 能读取的图片（请使用 PNG 或 JPEG）：%2</translation>
    </message>
    <message>
        <source>A form code is one short line, such as QR-8.2-01.</source>
        <translation>表单编号只能填写一行简短的代号，例如 QR-8.2-01。</translation>
    </message>
    <message>
        <source>Choose a folder QualityLoop may write in for the daily backup, or leave it empty for no daily backup.</source>
        <translation>请为每日备份选择一个 QualityLoop 可以写入的文件夹，或留空表示不做每日备份。</translation>
    </message>
    <message>
        <source>Keep 1 to 365 daily backups.</source>
        <translation>保留 1 至 365 份每日备份。</translation>
    </message>
</context>
<context>
    <name>SetupAdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The administrator creates the other users, gives them their roles and keeps the company&apos;s lists and settings. Only the administrator signs in at first.</source>
        <translation>管理员创建其他用户、分配角色，并维护公司的各类列表和设置。起初只有管理员可以登录。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>as people read it, for example Zhang Wei</source>
        <translation>供人阅读的姓名，例如 张伟</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
</context>
<context>
    <name>SetupCompanyPage</name>
    <message>
        <source>Welcome to QualityLoop</source>
        <translation>欢迎使用 QualityLoop</translation>
    </message>
    <message>
        <source>First the company: its name, address and logo head every printed feedback sheet, report and letter.</source>
        <translation>首先填写公司信息：名称、地址和标志将印在每份打印的信息反馈单、报表和函件的页眉。</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>for example Huadong Valve Co., Ltd.</source>
        <translation>例如 华东阀门有限公司</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Company na&amp;me</source>
        <translation>公司名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Is your office&apos;s database on a server? Connect to it instead of making one on this PC (%1).</source>
        <translation>办公室的数据库在服务器上吗？请连接它，不要在这台电脑上新建（%1）。</translation>
    </message>
</context>
<context>
    <name>SetupListsPage</name>
    <message>
        <source>The company&apos;s lists</source>
        <translation>公司的各类列表</translation>
    </message>
    <message>
        <source>A call is logged for a customer and a product: customers and their contacts, product models, shipped serial numbers, service agencies and technicians come first.</source>
        <translation>登记来电需要客户和产品：首先需要客户及其联系人、产品型号、已发货的序列号、服务机构和技术员。</translation>
    </message>
    <message>
        <source>&amp;Enter the lists now, in QualityLoop&apos;s list windows</source>
        <translation>现在在 QualityLoop 的列表窗口中录入(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import them from files (CSV as saved by Excel or the ERP)</source>
        <translation>从文件导入（Excel 或 ERP 保存的 CSV）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Later: open the main window</source>
        <translation>以后再说：打开主窗口(&amp;L)</translation>
    </message>
    <message>
        <source>The main window opens; each list has its form under Administration &gt; Lists…, to add customers, models, serial numbers and technicians one by one.</source>
        <translation>打开主窗口；在“管理 &gt; 清单…”中，每个列表都有自己的表单，可逐条添加客户、型号、序列号和技术员。</translation>
    </message>
    <message>
        <source>The lists window opens with its import: choose a list and the CSV file that holds it, one list after another.</source>
        <translation>打开列表窗口及其导入功能：逐个选择列表及存放该列表的 CSV 文件。</translation>
    </message>
    <message>
        <source>The main window opens. Calls can be logged once the customers and products are in the lists.</source>
        <translation>打开主窗口。客户和产品录入列表后，即可登记客户质量信息。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up QualityLoop</source>
        <translation>设置 QualityLoop</translation>
    </message>
    <message>
        <source>&amp;Start QualityLoop</source>
        <translation>启动 QualityLoop(&amp;S)</translation>
    </message>
    <message>
        <source>Setting up QualityLoop…</source>
        <translation>正在设置 QualityLoop…</translation>
    </message>
</context>
<context>
    <name>SetupWorkingTimePage</name>
    <message>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>The deadline clocks count in the company&apos;s time zone, on its working days; a case logged after the end of the working day goes to Quality the next working day.</source>
        <translation>各项期限按公司所在时区和工作日计时；下班后登记的问题单在下一个工作日转交质量部。</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>工作日(&amp;W)</translation>
    </message>
    <message>
        <source>Working day &amp;ends at</source>
        <translation>下班时间(&amp;E)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Working day ends at</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Public holidays are kept in the working-day calendar; the other deadline defaults are under Administration &gt; Settings.</source>
        <translation>法定节假日在工作日历中维护；其他期限默认值在“管理 &gt; 设置”中。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to QualityLoop</source>
        <translation>登录 QualityLoop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt; with your user name and password.</source>
        <translation>请使用用户名和密码&lt;b&gt;登录&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>设置密码并登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在核对密码…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your own password.&lt;/b&gt; Your administrator chose the one you typed; type a new one twice.</source>
        <translation>&lt;b&gt;请设置您自己的密码。&lt;/b&gt;刚才输入的密码由管理员设定；请输入新密码两次。</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>正在保存密码…</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message>
        <source>Too many wrong passwords: try again in %1 s</source>
        <translation>密码错误次数过多：请在 %1 秒后再试</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in %1 min</source>
        <translation>密码错误次数过多：请在 %1 分钟后再试</translation>
    </message>
</context>
<context>
    <name>SqlMessages</name>
    <message>
        <source>The database is in use by another program and is locked. Close the other program, or wait a moment, and try again. Nothing was changed.</source>
        <translation>数据库正被其他程序使用并已锁定。请关闭该程序或稍等片刻后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing can be saved in it. Ask your administrator for write access. Nothing was changed.</source>
        <translation>数据库文件是只读的，无法保存任何内容。请向系统管理员申请写入权限。未做任何更改。</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Free some space and save again; everything saved before is safe.</source>
        <translation>磁盘已满，无法保存。请释放一些空间后再次保存；之前保存的内容均不受影响。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup; QualityLoop did not change it.</source>
        <translation>数据库文件已损坏。请从备份恢复；QualityLoop 未对其做任何更改。</translation>
    </message>
    <message>
        <source>The file is not a QualityLoop database. Nothing was changed.</source>
        <translation>该文件不是 QualityLoop 数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may use it.</source>
        <translation>无法打开数据库文件。请确认文件夹存在且您有权使用。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Check the disk; everything saved before is safe.</source>
        <translation>无法读写数据库文件（%1）。请检查磁盘；之前保存的内容均不受影响。</translation>
    </message>
    <message>
        <source>The database refused the operation (%1: %2).</source>
        <translation>数据库拒绝了该操作（%1：%2）。</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Open a QualityLoop database</source>
        <translation>打开 QualityLoop 数据库</translation>
    </message>
    <message>
        <source>QualityLoop databases (*.sqlite);;All files (*)</source>
        <translation>QualityLoop 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>QualityLoop cannot open the database</source>
        <translation>QualityLoop 无法打开数据库</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StartupReport</name>
    <message>
        <source>First page on screen after %1 ms (%2 rows, page %3)</source>
        <translation>%1 毫秒后显示首页（%2 行，页面 %3）</translation>
    </message>
    <message>
        <source>Counts arrived after %1 ms</source>
        <translation>%1 毫秒后得到统计数</translation>
    </message>
    <message>
        <source>Scrolled through %1 rows after %2 ms</source>
        <translation>%2 毫秒后已滚动 %1 行</translation>
    </message>
    <message>
        <source>QualityLoop window opened: %1</source>
        <translation>QualityLoop 窗口已打开：%1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>  stats pareto|on-time|trend|marks --from DATE --to DATE --database DB --output FILE.xlsx|FILE.csv
        [--by defect|cause|model|line|customer|unit] [--by-cost] [--language en|zh_CN]
        a statistic of the period to Excel (every table and its chart) or CSV (its first table)</source>
        <translation>  stats pareto|on-time|trend|marks --from DATE --to DATE --database DB --output FILE.xlsx|FILE.csv
        [--by defect|cause|model|line|customer|unit] [--by-cost] [--language en|zh_CN]
        将期间的统计输出为 Excel（全部表格及其图表）或 CSV（仅第一个表格）</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>The FILE to write.</source>
        <translation>要写入的文件 FILE。</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>第一天。</translation>
    </message>
    <message>
        <source>The last day.</source>
        <translation>最后一天。</translation>
    </message>
    <message>
        <source>What a Pareto counts by.</source>
        <translation>帕累托图的统计维度。</translation>
    </message>
    <message>
        <source>Weigh a Pareto by cost.</source>
        <translation>按费用对帕累托图加权。</translation>
    </message>
    <message>
        <source>en or zh_CN.</source>
        <translation>en 或 zh_CN。</translation>
    </message>
    <message>
        <source>stats needs pareto, on-time, trend or marks, --from, --to, --database and --output.</source>
        <translation>stats 需要 pareto、on-time、trend 或 marks，以及 --from、--to、--database 和 --output。</translation>
    </message>
    <message>
        <source>Give the dates as YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--by is defect, cause, model, line, customer or unit.</source>
        <translation>--by 须为 defect、cause、model、line、customer 或 unit。</translation>
    </message>
    <message>
        <source>--language is en or zh_CN.</source>
        <translation>--language 须为 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--output ends in .xlsx or .csv.</source>
        <translation>--output 须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>StatsDocument</name>
    <message>
        <source>Vital few (up to 80 %)</source>
        <translation>关键少数（累计至 80%）</translation>
    </message>
</context>
<context>
    <name>StatsExport</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message>
        <source>Defect category</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Give a period whose end is not before its start.</source>
        <translation>请填写一个结束日期不早于开始日期的期间。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>统计期间：%1</translation>
    </message>
    <message>
        <source>product line %1</source>
        <translation>产品线：%1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>responsible unit %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>key customers only</source>
        <translation>仅重点客户</translation>
    </message>
    <message>
        <source>Pareto of defect categories</source>
        <translation>缺陷类别帕累托图</translation>
    </message>
    <message>
        <source>Pareto of causes</source>
        <translation>原因帕累托图</translation>
    </message>
    <message>
        <source>Pareto of product models</source>
        <translation>产品型号帕累托图</translation>
    </message>
    <message>
        <source>Pareto of product lines</source>
        <translation>产品线帕累托图</translation>
    </message>
    <message>
        <source>Pareto of customers</source>
        <translation>客户帕累托图</translation>
    </message>
    <message>
        <source>Pareto of responsible units</source>
        <translation>责任单位帕累托图</translation>
    </message>
    <message>
        <source>No cases were received in the period %1 under these filters.</source>
        <translation>在这些筛选条件下，%1 期间没有接收到问题单。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n case(s) received in the period has a %1 recorded yet.</source>
        <translation>
            <numerusform>期间内接收的 %n 个问题单均尚未填写%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by cost</source>
        <translation>按费用统计的%1</translation>
    </message>
    <message>
        <source>%1 by number of cases</source>
        <translation>按问题单数统计的%1</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Cumulative percent</source>
        <translation>累计百分比</translation>
    </message>
    <message>
        <source>Vital few</source>
        <translation>关键少数</translation>
    </message>
    <message>
        <source>Parts cost</source>
        <translation>备件费用</translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Labour cost</source>
        <translation>人工费用</translation>
    </message>
    <message>
        <source>Travel cost</source>
        <translation>差旅费用</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>换货费用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Cases received in the period, largest first; the bars marked are the vital few, the categories that make up the first 80 %.</source>
        <translation>期间内接收的问题单，从多到少排列；标出的柱为关键少数，即累计占前 80% 的类别。</translation>
    </message>
    <message>
        <source>%1 of the %2 cases have no %3 recorded yet and are not counted.</source>
        <translation>%2 个问题单中有 %1 个尚未填写%3，未计入统计。</translation>
    </message>
    <message>
        <source>A case with several responsible units counts for each of them.</source>
        <translation>一个问题单有多个责任单位时，计入每个责任单位。</translation>
    </message>
    <message>
        <source>Costs in the company&apos;s currency, from the on-site service and return records; labour at %1 an hour.</source>
        <translation>费用以本公司的货币计，取自现场服务和返厂记录；人工费按每小时 %1 计。</translation>
    </message>
    <message>
        <source>Cases by month</source>
        <translation>按月统计的问题单</translation>
    </message>
    <message>
        <source>No cases were received or closed in the period %1 or a year before, and none was open.</source>
        <translation>%1 期间及上年同期均没有接收或关闭的问题单，也没有未关闭的问题单。</translation>
    </message>
    <message>
        <source>Received, closed and open at month end, beside the same months a year before</source>
        <translation>接收、关闭及月末未关闭的问题单，并与上年同月对比</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月统计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open at month end</source>
        <translation>月末未关闭</translation>
    </message>
    <message>
        <source>Received a year before</source>
        <translation>上年同期接收</translation>
    </message>
    <message>
        <source>Closed a year before</source>
        <translation>上年同期关闭</translation>
    </message>
    <message>
        <source>Open a year before</source>
        <translation>上年同期未关闭</translation>
    </message>
    <message>
        <source>Received and closed: cases received, and cases closed, in the month. Open at month end: received by then and not closed yet. The filters apply to every figure.</source>
        <translation>接收和关闭：当月接收的问题单和当月关闭的问题单。月末未关闭：截至月末已接收但尚未关闭的问题单。筛选条件适用于每个数字。</translation>
    </message>
    <message>
        <source>Deadlines met on time</source>
        <translation>期限按时率</translation>
    </message>
    <message>
        <source>On time by deadline</source>
        <translation>按期限统计的按时率</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>按期限统计</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限数</translation>
    </message>
    <message>
        <source>Every named deadline of the cases received in the period. Overdue: not met and past due on %1; still running: not due yet, left out of the share.</source>
        <translation>期间内接收的问题单的每项规定期限。已超期：截至 %1 未完成且已过期限；未到期：尚未到期，不计入按时率。</translation>
    </message>
    <message>
        <source>Share on time by month received</source>
        <translation>按接收月份统计的按时率</translation>
    </message>
    <message>
        <source>On time by who owes the deadline</source>
        <translation>按期限责任方统计的按时率</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>按责任方统计</translation>
    </message>
    <message>
        <source>Customers&apos; marks of the return visits</source>
        <translation>回访客户评分</translation>
    </message>
    <message>
        <source>No first return visits were made in the period %1 under these filters.</source>
        <translation>在这些筛选条件下，%1 期间没有进行首次回访。</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Marks by month</source>
        <translation>按月统计的评分</translation>
    </message>
    <message>
        <source>Marks by technician</source>
        <translation>按技术员统计的评分</translation>
    </message>
    <message>
        <source>Marks by service agency</source>
        <translation>按服务机构统计的评分</translation>
    </message>
    <message>
        <source>First return visits</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>With marks</source>
        <translation>有评分</translation>
    </message>
    <message>
        <source>Average marks</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>First return visits made in the period (R7): the customer&apos;s marks, 0 to 100, for the whole on-site service.</source>
        <translation>期间内进行的首次回访（R7）：客户对整个现场服务的评分，0～100 分。</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Vital few (up to 80 %)</source>
        <translation>关键少数（累计至 80%）</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Save as .xlsx, .csv or .pdf.</source>
        <translation>请另存为 .xlsx、.csv 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>Save the statistic</source>
        <translation>保存统计结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, the table shown (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，当前显示的表格 (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pareto: %1</source>
        <translation>帕累托图：%1</translation>
    </message>
    <message>
        <source>Cases by month</source>
        <translation>按月统计的问题单</translation>
    </message>
    <message>
        <source>Deadlines met on time</source>
        <translation>期限按时率</translation>
    </message>
    <message>
        <source>Return-visit marks</source>
        <translation>回访评分</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>&amp;Statistic:</source>
        <translation>统计项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>产品线(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>责任单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Key customers only</source>
        <translation>仅重点客户(&amp;K)</translation>
    </message>
    <message>
        <source>Weigh by &amp;cost</source>
        <translation>按费用加权(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as Excel, CSV or PDF…</source>
        <translation>另存为 Excel、CSV 或 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Click a bar to list its cases.</source>
        <translation>单击柱形可列出其问题单。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Throw the restored text away and start from the case as it is</source>
        <translation>丢弃恢复的内容，从问题单的当前内容重新开始</translation>
    </message>
    <message>
        <source>Restored what you typed at %1; it has not been saved yet.</source>
        <translation>已恢复您在 %1 输入的内容，尚未保存。</translation>
    </message>
    <message>
        <source>Save what you typed in this form?</source>
        <translation>要保存您在此表单中输入的内容吗？</translation>
    </message>
    <message>
        <source>Discard throws it away; Keep editing goes back to the form.</source>
        <translation>“放弃”将丢弃这些内容；“继续编辑”返回表单。</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. What you typed is kept and will be saved by itself as soon as the server answers again (trying until %1).</source>
        <translation>与数据库服务器的连接已断开。您输入的内容已保留，服务器恢复响应后将自动保存（尝试至 %1）。</translation>
    </message>
    <message>
        <source>The database server has not answered again, so this is not saved yet. What you typed is kept: press Save to try again, or ask your administrator.</source>
        <translation>数据库服务器仍未响应，因此尚未保存。您输入的内容已保留：请按“保存”重试，或联系管理员。</translation>
    </message>
</context>
<context>
    <name>StepOwnerPicker</name>
    <message>
        <source>%1 (person)</source>
        <translation>%1（个人）</translation>
    </message>
</context>
<context>
    <name>SupplyPage</name>
    <message>
        <source>Requirements not recorded</source>
        <translation>未记录要求</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to check</source>
        <translation>
            <numerusform>%n 份单据待核对</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已齐备</translation>
    </message>
    <message>
        <source>To prepare (delivering soon)</source>
        <translation>待准备（即将交货）</translation>
    </message>
    <message>
        <source>All orders of the last year and the coming weeks</source>
        <translation>近一年及未来几周的全部订单</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>&amp;Requirements…</source>
        <translation>要求(&amp;R)…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>First delivery</source>
        <translation>首次交货</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Operating conditions</source>
        <translation>工况</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>已核对单据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown, delivering until %1</source>
        <translation>
            <numerusform>显示 %n 个订单，交货截至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Before supply</source>
        <translation>供货前</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerDialog</name>
    <message>
        <source>Survey answer: %1</source>
        <translation>调查回函：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Answer came back &amp;on</source>
        <translation>回函日期(&amp;O)</translation>
    </message>
    <message>
        <source>Score for &amp;quality (1-5)</source>
        <translation>质量评分（1-5）(&amp;Q)</translation>
    </message>
    <message>
        <source>Score for &amp;delivery dates (1-5)</source>
        <translation>交货期评分（1-5）(&amp;D)</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;comments</source>
        <translation>客户意见(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SurveyFindingDialog</name>
    <message>
        <source>Improvement opportunity</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Saving raises a corrective action for the unit that owns it.</source>
        <translation>保存后即为其责任单位提出一项纠正措施。</translation>
    </message>
    <message>
        <source>Choose the unit</source>
        <translation>选择单位</translation>
    </message>
    <message>
        <source>What is to be &amp;improved</source>
        <translation>需要改进的内容(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Owner unit</source>
        <translation>责任单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>完成日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SurveyLetterDocument</name>
    <message>
        <source>Customer Satisfaction Survey %1</source>
        <translation>%1年客户满意度调查</translation>
    </message>
    <message>
        <source>Attn.: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Subject: Customer satisfaction survey %1</source>
        <translation>事由：%1年客户满意度调查</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>尊敬的客户：</translation>
    </message>
    <message>
        <source>Thank you for choosing our products this year. To serve you better, we would like to know how satisfied you were in %1 with the quality of our products and with our delivery dates.</source>
        <translation>感谢贵公司今年选用我公司产品。为更好地为贵公司服务，我们希望了解贵公司对我公司%1年产品质量和交货期的满意程度。</translation>
    </message>
    <message>
        <source>Please fill in the reply form below and return it to our Sales Department by %1. Every answer is read, and what you tell us goes to our Quality Department.</source>
        <translation>请填写下方回复单，并于%1前寄回我公司销售部。每份回函我们都会认真阅读，您的意见将转交我公司质量部。</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>此致
敬礼！</translation>
    </message>
    <message>
        <source>Sales Department</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>Reply form: please tick one score in each row (1 very dissatisfied, 5 very satisfied)</source>
        <translation>回复单：请在每行勾选一个评分（1 非常不满意，5 非常满意）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>The quality of our products</source>
        <translation>我公司的产品质量</translation>
    </message>
    <message>
        <source>Our delivery dates</source>
        <translation>我公司的交货期</translation>
    </message>
    <message>
        <source>Your comments and suggestions</source>
        <translation>贵公司的意见和建议</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Survey %1, letter to %2. Please return this page to the Sales Department.</source>
        <translation>调查 %1，致 %2。请将本页寄回销售部。</translation>
    </message>
</context>
<context>
    <name>SurveyLettersCommand</name>
    <message>
        <source>  print survey-letters --year YEAR --database DB --output FILE.pdf [--language en|zh_CN]
        the year&apos;s satisfaction survey letters, one per customer, in the customer&apos;s
        language unless --language is given</source>
        <translation>  print survey-letters --year YEAR --database DB --output FILE.pdf [--language en|zh_CN]
        当年的满意度调查函，每个客户一份，未给出 --language 时
        使用客户的语言</translation>
    </message>
</context>
<context>
    <name>SurveyOpenDialog</name>
    <message>
        <source>Start the satisfaction survey of %1</source>
        <translation>开始%1年满意度调查</translation>
    </message>
    <message>
        <source>The customers supplied in %1 are ticked. One letter goes to each customer ticked, in the customer&apos;s language.</source>
        <translation>已勾选%1年供货的客户。每个勾选的客户收到一份调查函，使用该客户的语言。</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Answer by</source>
        <translation>回函截止日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>letters out, answers coming back</source>
        <translation>调查函已发出，回函陆续收回</translation>
    </message>
    <message>
        <source>summary sent to Quality</source>
        <translation>汇总已送质量部</translation>
    </message>
    <message>
        <source>reviewed by Quality</source>
        <translation>质量部已评审</translation>
    </message>
    <message>
        <source>Survey of</source>
        <translation>调查年份</translation>
    </message>
    <message>
        <source>&amp;Start the survey…</source>
        <translation>开始调查(&amp;S)…</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>记录回函(&amp;A)…</translation>
    </message>
    <message>
        <source>Send the summary to &amp;Quality…</source>
        <translation>将汇总送质量部(&amp;Q)…</translation>
    </message>
    <message>
        <source>Print in:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <source>Each customer&apos;s language (letters)</source>
        <translation>各客户的语言（调查函）</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;letters…</source>
        <translation>调查函(&amp;L)…</translation>
    </message>
    <message>
        <source>The letters as P&amp;DF…</source>
        <translation>调查函存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The s&amp;ummary…</source>
        <translation>汇总(&amp;U)…</translation>
    </message>
    <message>
        <source>The summary as PD&amp;F…</source>
        <translation>汇总存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回函日期</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Delivery dates</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n letter(s) answered, %3</source>
        <translation>
            <numerusform>%1：%n 份调查函中已收回 %2 份，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey of %1 yet.</source>
        <translation>%1年尚无调查。</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Send the summary to Quality</source>
        <translation>将汇总送质量部</translation>
    </message>
    <message>
        <source>Your analysis of the answers (what went well, what the customers want better):</source>
        <translation>您对回函的分析（哪些方面做得好，客户希望改进什么）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality&apos;s review:&lt;/b&gt; improvement opportunities</source>
        <translation>&lt;b&gt;质量部评审：&lt;/b&gt;改进机会</translation>
    </message>
    <message>
        <source>Add an &amp;improvement opportunity…</source>
        <translation>添加改进机会(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close the review…</source>
        <translation>结束评审(&amp;C)…</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Review closed by %1 on %2: %3</source>
        <translation>%1 于 %2 结束评审：%3</translation>
    </message>
    <message>
        <source>The summary is with the Quality Department for its review.</source>
        <translation>汇总已送质量部评审。</translation>
    </message>
    <message>
        <source>Quality reviews the survey once Sales has sent the summary.</source>
        <translation>销售部送出汇总后，由质量部评审调查结果。</translation>
    </message>
</context>
<context>
    <name>SurveyPrintArgs</name>
    <message>
        <source>The survey&apos;s YEAR.</source>
        <translation>调查的年份 YEAR。</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>The PDF FILE to write.</source>
        <translation>要写入的 PDF 文件 FILE。</translation>
    </message>
    <message>
        <source>Language of the document: en or zh_CN.</source>
        <translation>单据的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Paper: A4 or Letter.</source>
        <translation>纸张：A4 或 Letter。</translation>
    </message>
    <message>
        <source>%1 needs --year YEAR, --database DB and --output FILE.pdf.</source>
        <translation>%1 需要 --year YEAR、--database DB 和 --output FILE.pdf。</translation>
    </message>
    <message>
        <source>“%1” is not a language documents print in; use en or zh_CN.</source>
        <translation>单据不能以“%1”语言打印；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--paper is A4 or Letter.</source>
        <translation>--paper 须为 A4 或 Letter。</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s) of survey %1 to %2</source>
        <translation>
            <numerusform>已将%1年调查的 %n 份单据打印到 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyReviewDialog</name>
    <message>
        <source>Close the review of survey %1</source>
        <translation>结束调查 %1 的评审</translation>
    </message>
    <message>
        <source>No improvement opportunity has been named. Close the review only if the customers&apos; comments call for none.</source>
        <translation>尚未提出改进机会。只有客户意见无需任何改进时才可结束评审。</translation>
    </message>
    <message numerus="yes">
        <source>%n improvement opportunity(ies) named, each with its corrective action.</source>
        <translation>
            <numerusform>已提出 %n 项改进机会，每项都有其纠正措施。</numerusform>
        </translation>
    </message>
    <message>
        <source>What the departments &amp;found (the reasons for the customers&apos; comments)</source>
        <translation>各部门的分析结果（客户意见的原因）(&amp;F)</translation>
    </message>
    <message>
        <source>Close the &amp;review</source>
        <translation>结束评审(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>There is no satisfaction survey of %1.</source>
        <translation>没有 %1 年的满意度调查。</translation>
    </message>
    <message>
        <source>There is no such satisfaction survey.</source>
        <translation>没有这个满意度调查。</translation>
    </message>
    <message>
        <source>The survey is of this year or an earlier one.</source>
        <translation>调查针对今年或更早的年份。</translation>
    </message>
    <message>
        <source>Choose the customers the survey letters go to.</source>
        <translation>请选择接收调查函的客户。</translation>
    </message>
    <message>
        <source>Give the day by which the customers are asked to answer; it is after today.</source>
        <translation>请填写请客户答复的截止日期；它应在今天之后。</translation>
    </message>
    <message>
        <source>%1 has already started the survey of %2.</source>
        <translation>%1 已经开始了 %2 年的调查。</translation>
    </message>
    <message>
        <source>Choose each customer once, among the active customers.</source>
        <translation>每个客户只能选择一次，且须为有效客户。</translation>
    </message>
    <message>
        <source>There is no such survey letter.</source>
        <translation>没有这封调查函。</translation>
    </message>
    <message>
        <source>The summary of the survey has gone to Quality; answers can no longer be recorded.</source>
        <translation>调查汇总已发送质量部；不能再记录答复。</translation>
    </message>
    <message>
        <source>Give a score from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>请给出 1（很不满意）到 5（很满意）的评分。</translation>
    </message>
    <message>
        <source>Give the day the answer came back: after the letters went out, not in the future.</source>
        <translation>请填写答复收回的日期：在调查函发出之后，不能在将来。</translation>
    </message>
    <message>
        <source>%1 has already sent the summary of this survey to Quality.</source>
        <translation>%1 已将此调查的汇总发送质量部。</translation>
    </message>
    <message>
        <source>No answer has been recorded yet: the summary needs the customers&apos; answers.</source>
        <translation>尚未记录任何答复：汇总需要客户的答复。</translation>
    </message>
    <message>
        <source>Write the analysis: what the customers said of our quality and delivery dates.</source>
        <translation>请填写分析：客户对我们的质量和交货期的评价。</translation>
    </message>
    <message>
        <source>The summary of the survey has not been sent to Quality yet.</source>
        <translation>调查汇总尚未发送质量部。</translation>
    </message>
    <message>
        <source>%1 has already closed the review of this survey.</source>
        <translation>%1 已经结束了此调查的评审。</translation>
    </message>
    <message>
        <source>Say what is to be improved.</source>
        <translation>请说明需要改进什么。</translation>
    </message>
    <message>
        <source>Choose the unit that owns the improvement.</source>
        <translation>请选择负责改进的单位。</translation>
    </message>
    <message>
        <source>Give the day the improvement is due; it is after today.</source>
        <translation>请填写改进的完成日期；它应在今天之后。</translation>
    </message>
    <message>
        <source>Write what the departments found when they analysed the customers&apos; comments.</source>
        <translation>请填写各部门分析客户意见后的结论。</translation>
    </message>
</context>
<context>
    <name>SurveySummaryCommand</name>
    <message>
        <source>  print survey-summary --year YEAR --database DB --output FILE.pdf [--language en|zh_CN]
        the survey&apos;s summary and analysis: averages, spread, last year, comments</source>
        <translation>  print survey-summary --year YEAR --database DB --output FILE.pdf [--language en|zh_CN]
        调查的汇总与分析：平均分、分布、与上年比较、客户意见</translation>
    </message>
</context>
<context>
    <name>SurveySummaryDocument</name>
    <message>
        <source>Customer Satisfaction Survey Summary</source>
        <translation>客户满意度调查汇总</translation>
    </message>
    <message>
        <source>Year %1, for the Quality Department</source>
        <translation>%1年度，报质量部</translation>
    </message>
    <message>
        <source>Answers and average scores (1 very dissatisfied, 5 very satisfied)</source>
        <translation>回函与平均评分（1 非常不满意，5 非常满意）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>发出调查函</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>收回回函</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回函率</translation>
    </message>
    <message>
        <source>Average score for quality</source>
        <translation>质量平均评分</translation>
    </message>
    <message>
        <source>Average score for delivery dates</source>
        <translation>交货期平均评分</translation>
    </message>
    <message>
        <source>How the scores were spread (number of answers)</source>
        <translation>评分分布（回函份数）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Quality %1</source>
        <translation>%1年质量</translation>
    </message>
    <message>
        <source>Delivery dates %1</source>
        <translation>%1年交货期</translation>
    </message>
    <message>
        <source>The customers&apos; answers and comments</source>
        <translation>客户回函与意见</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回函日期</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Delivery dates</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>No answer has come back yet.</source>
        <translation>尚未收回回函。</translation>
    </message>
    <message>
        <source>Analysis by the Sales Department</source>
        <translation>销售部的分析</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Improvement opportunities found by the Quality Department</source>
        <translation>质量部确定的改进机会</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Prepared by (Sales)</source>
        <translation>编制（销售部）</translation>
    </message>
    <message>
        <source>Received by (Quality)</source>
        <translation>签收（质量部）</translation>
    </message>
    <message>
        <source>Review by the Quality Department</source>
        <translation>质量部评审</translation>
    </message>
    <message>
        <source>Review closed by %1 on %2.</source>
        <translation>%1 于 %2 结束评审。</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 is not a time of day: hours go from 0 to 23 and minutes from 0 to 59.</source>
        <translation>%1 不是有效的时刻：小时为 0～23，分钟为 0～59。</translation>
    </message>
    <message>
        <source>Seconds are not kept: type the time as hours and minutes, such as 14:05.</source>
        <translation>不记录秒：请只输入小时和分钟，例如 14:05。</translation>
    </message>
</context>
<context>
    <name>TracingDialog</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>签认</translation>
    </message>
    <message>
        <source>Set owner and due day</source>
        <translation>指定负责人和到期日</translation>
    </message>
    <message>
        <source>Owner and due day:</source>
        <translation>负责人和到期日：</translation>
    </message>
    <message>
        <source>Found and done:</source>
        <translation>发现与措施：</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>保存步骤(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;off step</source>
        <translation>签认步骤(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print 8D report…</source>
        <translation>打印 8D 报告(&amp;P)…</translation>
    </message>
    <message>
        <source>8D report</source>
        <translation>8D 报告</translation>
    </message>
    <message>
        <source>Tracing %1 (8D)</source>
        <translation>质量追溯 %1 (8D)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — case %2, %3. Traced: %4. %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：问题单 %2，%3。追溯原因：%4。%5</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已关闭。</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>进行中。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>TracingService</name>
    <message>
        <source>Case %1 is not traced; it has no 8D report.</source>
        <translation>问题单 %1 没有质量追溯，没有 8D 报告。</translation>
    </message>
    <message>
        <source>There is no such tracing.</source>
        <translation>没有这个质量追溯。</translation>
    </message>
    <message>
        <source>There is no such 8D step.</source>
        <translation>没有这个 8D 步骤。</translation>
    </message>
    <message>
        <source>There is no tracing numbered “%1”.</source>
        <translation>没有编号为“%1”的质量追溯。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>没有这个问题单。</translation>
    </message>
    <message>
        <source>This case already has its tracing %1.</source>
        <translation>此问题单已有质量追溯 %1。</translation>
    </message>
    <message>
        <source>Say why this case is traced.</source>
        <translation>请说明为什么追溯此问题单。</translation>
    </message>
    <message>
        <source>%1 is signed off; its owner and due day stay as they were.</source>
        <translation>%1 已签认，负责人和到期日保持不变。</translation>
    </message>
    <message>
        <source>Name the unit or the person who owns the step.</source>
        <translation>请指定负责此步骤的单位或人员。</translation>
    </message>
    <message>
        <source>Give the day the step is due.</source>
        <translation>请填写此步骤的到期日。</translation>
    </message>
    <message>
        <source>%1 was signed off by %2; it stays as it was.</source>
        <translation>%1 已由 %2 签认，保持原样。</translation>
    </message>
    <message>
        <source>Write what was found and done before signing the step off.</source>
        <translation>签认前请填写发现的情况和采取的措施。</translation>
    </message>
    <message>
        <source>This step is signed off only once it is verified.</source>
        <translation>此步骤须经验证后才能签认。</translation>
    </message>
    <message>
        <source>The 8D steps are signed off in order: sign off %1 first.</source>
        <translation>8D 步骤须按顺序签认：请先签认 %1。</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Name what to import or export: %1.</source>
        <translation>请指定要导入或导出的内容：%1。</translation>
    </message>
    <message>
        <source>“%1” is not something to import or export; name one of: %2.</source>
        <translation>“%1”不能导入或导出；请指定以下之一：%2。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, line %2, column “%3”: %4</source>
        <translation>%1，第 %2 行，“%3”列：%4</translation>
    </message>
    <message>
        <source>  import KIND FILE.csv --database DB --user NAME [--dry-run] [--good-rows-only]
        [--on-existing refuse|update]   import a CSV file (UTF-8 or GB18030; comma,
        semicolon or tab); the password of NAME comes from standard input. KIND is
        customers, contacts, models, serials, agencies, technicians or cases
  import KIND --template                        print the header line of KIND&apos;s file</source>
        <translation>  import KIND FILE.csv --database DB --user NAME [--dry-run] [--good-rows-only]
        [--on-existing refuse|update]   导入 CSV 文件（UTF-8 或 GB18030；逗号、
        分号或制表符分隔）；NAME 的密码从标准输入读取。KIND 为
        customers、contacts、models、serials（序列号）、agencies、technicians（技术员）或 cases（以往问题单）
  import KIND --template                        输出 KIND 文件的标题行</translation>
    </message>
    <message>
        <source>  export KIND --database DB --output FILE.csv   write KIND&apos;s entries in the columns import reads</source>
        <translation>  export KIND --database DB --output FILE.csv   按导入所读的列写出 KIND 的条目</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>数据库文件 FILE。</translation>
    </message>
    <message>
        <source>Who imports (office or administrator).</source>
        <translation>导入人（办公室或系统管理员）。</translation>
    </message>
    <message>
        <source>Check every row; change nothing.</source>
        <translation>检查每一行；不做任何更改。</translation>
    </message>
    <message>
        <source>Import the good rows even when others are refused.</source>
        <translation>即使其他行被拒绝，也导入正确的行。</translation>
    </message>
    <message>
        <source>An entry already there: refuse (the default) or update.</source>
        <translation>已有的条目：拒绝（默认）或更新。</translation>
    </message>
    <message>
        <source>Print the header line.</source>
        <translation>输出标题行。</translation>
    </message>
    <message>
        <source>import KIND --template takes no file.</source>
        <translation>import KIND --template 不接受文件。</translation>
    </message>
    <message>
        <source>import needs KIND FILE.csv, --database DB and --user NAME; --on-existing is refuse or update.</source>
        <translation>import 需要 KIND FILE.csv、--database DB 和 --user NAME；--on-existing 为 refuse 或 update。</translation>
    </message>
    <message>
        <source>“%1” is not there: name the CSV file to import.</source>
        <translation>“%1”不存在：请指定要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>There is no database “%1”: make one with qualityloop-cli init.</source>
        <translation>没有数据库“%1”：请用 qualityloop-cli init 新建。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1 may not import: only the office or an administrator imports the company&apos;s lists and past cases.</source>
        <translation>%1 无权导入：只有办公室或系统管理员才能导入公司的列表和以往问题单。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>新增 %1 条，更新 %2 条，%3 条不变</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (%3, %4): %5.</source>
        <translation>已从 %2 导入%1（%3，%4）：%5。</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>以“%1”分隔</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out, as asked.</source>
        <translation>
            <numerusform>已按要求跳过 %n 个有错的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import from %1: every entry is already there as the file has it.</source>
        <translation>%1 中没有需要导入的内容：每个条目都已与文件中一致。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n row(s) refused; nothing was changed. Correct them and import the file again, or import the good rows only (--good-rows-only).</source>
        <translation>
            <numerusform>%1 未导入：%n 行被拒绝；未做任何更改。请修改后重新导入该文件，或只导入正确的行（--good-rows-only）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>export needs KIND, --database DB and --output FILE.csv.</source>
        <translation>export 需要 KIND、--database DB 和 --output FILE.csv。</translation>
    </message>
    <message>
        <source>There is no database “%1”.</source>
        <translation>没有数据库“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entries of %1 to %2.</source>
        <translation>
            <numerusform>已将%1的 %n 个条目写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) of %1: they would be %2. Nothing was changed (dry run).</source>
        <translation>
            <numerusform>已检查 %1 的 %n 行：将%2。未做任何更改（试运行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferKinds</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Product models</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Service agencies</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>服务技术员</translation>
    </message>
    <message>
        <source>Past cases</source>
        <translation>以往问题单</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>问题单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Batch no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>现场地址</translation>
    </message>
    <message>
        <source>Objection to quality</source>
        <translation>是否质量异议</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Sent to Quality</source>
        <translation>提交质量部时间</translation>
    </message>
    <message>
        <source>Recorded by Quality</source>
        <translation>质量部受理时间</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>分析时间</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>缺陷类别</translation>
    </message>
    <message>
        <source>Defect cause</source>
        <translation>缺陷原因</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>质量事件等级</translation>
    </message>
    <message>
        <source>Temporary measures</source>
        <translation>临时措施</translation>
    </message>
    <message>
        <source>Processing deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Disposal suggestion given</source>
        <translation>处置意见给出时间</translation>
    </message>
    <message>
        <source>Disposal suggestion</source>
        <translation>处置意见</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Result of treatment</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>书面反馈</translation>
    </message>
</context>
<context>
    <name>UnitStepDialog</name>
    <message>
        <source>Unit&apos;s reply</source>
        <translation>责任单位回复</translation>
    </message>
    <message>
        <source>Unit&apos;s receipt of the feedback sheet</source>
        <translation>责任单位签收信息反馈单</translation>
    </message>
    <message>
        <source>Feedback sheet &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>信息反馈单 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2 (due %3)</source>
        <translation>%1——%2（期限 %3）</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Reply: what the unit did or will do</source>
        <translation>回复：本单位已采取或将采取的措施</translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>The database FILE, or postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>数据库文件 FILE，或 postgresql://USER@HOST[:PORT]/DB。</translation>
    </message>
    <message>
        <source>%1 is up to date (database version %2).</source>
        <translation>%1 已是最新（数据库版本 %2）。</translation>
    </message>
    <message>
        <source>%1 is brought up to date: database version %2 → %3.</source>
        <translation>%1 已升级：数据库版本 %2 → %3。</translation>
    </message>
    <message>
        <source>  upgrade --database DB   bring a database of an older version up to this version (on a
        server: as the owner of its tables)</source>
        <translation>  upgrade --database DB   将旧版本的数据库升级到本版本（在服务器上：
        须以其表的所有者身份运行）</translation>
    </message>
    <message>
        <source>upgrade needs --database DB.</source>
        <translation>upgrade 需要 --database DB。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Only an administrator can create users.</source>
        <translation>只有系统管理员才能创建用户。</translation>
    </message>
    <message>
        <source>A user needs a user name.</source>
        <translation>用户必须有用户名。</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>已存在名为“%1”的用户。</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>请换一个用户名。</translation>
    </message>
    <message>
        <source>A member of a responsible unit needs the unit.</source>
        <translation>责任单位的成员必须指定所属单位。</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation>管理员需要用户名。</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>该数据库已有管理员，请直接登录。</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask your administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码必须与当前密码不同。</translation>
    </message>
    <message>
        <source>Choose a password you have not used here.</source>
        <translation>请选择一个未在此使用过的密码。</translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation>这不是您当前的密码。</translation>
    </message>
    <message>
        <source>Only an administrator can reset a password.</source>
        <translation>只有管理员才能重置密码。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <source>Change your own password with File &gt; Change password: it asks for the current one.</source>
        <translation>请通过“文件 &gt; 修改密码”修改您自己的密码：需要输入当前密码。</translation>
    </message>
    <message>
        <source>Only an administrator can deactivate or reactivate users.</source>
        <translation>只有管理员才能停用或重新启用用户。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>“%1” is the last active administrator and cannot be deactivated. Make another user an administrator first.</source>
        <translation>“%1”是最后一位在用的管理员，不能停用。请先将另一位用户设为管理员。</translation>
    </message>
    <message>
        <source>Only an administrator can change roles.</source>
        <translation>只有管理员才能更改角色。</translation>
    </message>
    <message>
        <source>“%1” is the last active administrator and must stay one. Make another user an administrator first.</source>
        <translation>“%1”是最后一位在用的管理员，必须保留管理员角色。请先将另一位用户设为管理员。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Responsible u&amp;nit</source>
        <translation>责任单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Technician record</source>
        <translation>技术员档案(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>创建用户(&amp;C)</translation>
    </message>
    <message>
        <source>Saving the user…</source>
        <translation>正在保存用户…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>They choose their own at the first sign-in.</source>
        <translation>对方首次登录时会设置自己的密码。</translation>
    </message>
    <message>
        <source>First pass&amp;word</source>
        <translation>初始密码(&amp;W)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active; chooses a password at the next sign-in</source>
        <translation>在用；下次登录时设置密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>停用(&amp;A)</translation>
    </message>
    <message>
        <source>“%1” is active again and can sign in.</source>
        <translation>“%1”已重新启用，可以登录。</translation>
    </message>
    <message>
        <source>“%1” is deactivated and can no longer sign in; the cases keep the name.</source>
        <translation>“%1”已停用，不能再登录；问题单中仍保留其姓名。</translation>
    </message>
    <message>
        <source>The password of “%1” was reset; they choose their own at the next sign-in.</source>
        <translation>“%1”的密码已重置；对方下次登录时设置自己的密码。</translation>
    </message>
    <message>
        <source>The role of “%1” was changed.</source>
        <translation>“%1”的角色已更改。</translation>
    </message>
    <message>
        <source>User “%1” created. They choose their own password at the first sign-in.</source>
        <translation>已创建用户“%1”。对方首次登录时设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Plan the customer visit</source>
        <translation>计划客户走访</translation>
    </message>
    <message>
        <source>Record the customer visit</source>
        <translation>记录客户走访</translation>
    </message>
    <message>
        <source>after case %1</source>
        <translation>问题单 %1 之后</translation>
    </message>
    <message>
        <source>return visit, round %1</source>
        <translation>回访走访（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2; due by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2；期限 %3</translation>
    </message>
    <message>
        <source>The problem: %1
How it was treated: %2</source>
        <translation>问题：%1
处理情况：%2</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Led by (a manager)</source>
        <translation>带队人（经理）</translation>
    </message>
    <message>
        <source>Who else goes</source>
        <translation>其他参加人</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>会见的客户人员</translation>
    </message>
    <message>
        <source>Comments on how the problem was treated</source>
        <translation>对问题处理情况的意见</translation>
    </message>
    <message>
        <source>Opinions of our products and service</source>
        <translation>对我们产品和服务的意见</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>VisitKinds</name>
    <message>
        <source>First return visit</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>Second return visit</source>
        <translation>二次回访</translation>
    </message>
    <message>
        <source>Resupply follow-up</source>
        <translation>重新供货跟踪</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Not planned yet</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Sent to the departments</source>
        <translation>已发送各部门</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>计划(&amp;P)…</translation>
    </message>
    <message>
        <source>R&amp;ecord…</source>
        <translation>记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Not needed…</source>
        <translation>不需要(&amp;N)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>After</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>带队人</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>问题单 %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>第 %1 轮：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to do, %1 of them overdue</source>
        <translation>
            <numerusform>待走访 %n 次，其中 %1 次已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit needed</source>
        <translation>不需要走访</translation>
    </message>
    <message>
        <source>Why is no visit needed after case %1?</source>
        <translation>为什么问题单 %1 之后不需要走访？</translation>
    </message>
    <message>
        <source>New r&amp;ound…</source>
        <translation>新一轮回访(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
    <message>
        <source>Si&amp;gn for it</source>
        <translation>签收(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>归档(&amp;F)</translation>
    </message>
    <message>
        <source>Prin&amp;t report…</source>
        <translation>打印报告(&amp;T)…</translation>
    </message>
    <message>
        <source>Send the return-visit record</source>
        <translation>发送回访记录</translation>
    </message>
    <message>
        <source>The departments the record goes to; each signs for it:</source>
        <translation>接收此记录的部门，各部门须签收：</translation>
    </message>
    <message>
        <source>Choose the departments to send the record to.</source>
        <translation>请选择接收此记录的部门。</translation>
    </message>
    <message>
        <source>Sign for the return-visit record</source>
        <translation>签收回访记录</translation>
    </message>
    <message>
        <source>File the return-visit record</source>
        <translation>将回访记录归档</translation>
    </message>
</context>
<context>
    <name>VisitReportDocument</name>
    <message>
        <source>Customer Visit Report</source>
        <translation>客户走访报告</translation>
    </message>
    <message>
        <source>Manager&apos;s visit after case %1</source>
        <translation>问题单 %1 关闭后的经理走访</translation>
    </message>
    <message>
        <source>Return visit, round %1</source>
        <translation>回访走访（%1）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>走访期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>问题单关闭时间</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>查明的问题</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Why we visit</source>
        <translation>走访原因</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>带队人</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Who else went</source>
        <translation>其他参加人</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation>计划人</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>会见的客户人员</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>The customer&apos;s comments on how the problem was treated</source>
        <translation>客户对问题处理情况的意见</translation>
    </message>
    <message>
        <source>The customer&apos;s opinions of our products and service</source>
        <translation>客户对我们产品和服务的意见</translation>
    </message>
    <message>
        <source>The customer&apos;s suggestions</source>
        <translation>客户的建议</translation>
    </message>
    <message>
        <source>No visit needed</source>
        <translation>不需要走访</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sent to the departments</source>
        <translation>已发送各部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Visit leader</source>
        <translation>走访带队人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Filed by the Sales Department; the customer&apos;s comments go to the departments concerned.</source>
        <translation>由销售部归档；客户意见发送至有关部门。</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>There is no such customer visit.</source>
        <translation>没有这个客户走访。</translation>
    </message>
    <message>
        <source>There is no customer visit numbered “%1”.</source>
        <translation>没有编号为“%1”的客户走访。</translation>
    </message>
    <message>
        <source>There is no such round of return visits.</source>
        <translation>没有这一轮回访走访。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>没有这个问题单。</translation>
    </message>
    <message>
        <source>A manager&apos;s visit follows the cases of key customers only.</source>
        <translation>经理走访只跟随重点客户的问题单。</translation>
    </message>
    <message>
        <source>A manager&apos;s visit follows the case once it is closed.</source>
        <translation>经理走访在问题单关闭后进行。</translation>
    </message>
    <message>
        <source>Choose the manager who leads the visit.</source>
        <translation>请选择带队走访的经理。</translation>
    </message>
    <message>
        <source>%1 decided meanwhile that no visit is needed.</source>
        <translation>%1 在此期间已决定不需要走访。</translation>
    </message>
    <message>
        <source>%1 planned this visit meanwhile; open it again to see their plan.</source>
        <translation>%1 在此期间已计划了此次走访；请重新打开查看其计划。</translation>
    </message>
    <message>
        <source>Give the day of the visit.</source>
        <translation>请填写走访日期。</translation>
    </message>
    <message>
        <source>The visit follows the case: plan it after the case was closed.</source>
        <translation>走访跟随问题单：请计划在问题单关闭之后。</translation>
    </message>
    <message>
        <source>The visit has already been made; its plan can no longer change.</source>
        <translation>走访已经进行；其计划不能再更改。</translation>
    </message>
    <message>
        <source>The visit has already been made or waived.</source>
        <translation>走访已经进行或已豁免。</translation>
    </message>
    <message>
        <source>Say why no visit is needed.</source>
        <translation>请说明为什么不需要走访。</translation>
    </message>
    <message>
        <source>Say what the round of return visits is for.</source>
        <translation>请说明这一轮回访走访的目的。</translation>
    </message>
    <message>
        <source>Give the period of the visits; its end cannot be before its start.</source>
        <translation>请填写走访期间；结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the customers to visit.</source>
        <translation>请选择要走访的客户。</translation>
    </message>
    <message>
        <source>Choose each customer once, among the active customers.</source>
        <translation>每个客户只能选择一次，且须为有效客户。</translation>
    </message>
    <message>
        <source>This visit was waived: %1</source>
        <translation>此次走访已豁免：%1</translation>
    </message>
    <message>
        <source>%1 has already recorded this visit.</source>
        <translation>%1 已经记录了此次走访。</translation>
    </message>
    <message>
        <source>The day of the visit cannot be in the future.</source>
        <translation>走访日期不能在将来。</translation>
    </message>
    <message>
        <source>Record what the customer said of how the problem was treated.</source>
        <translation>请记录客户对问题处理情况的意见。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s opinions of our products and service.</source>
        <translation>请记录客户对我们产品和服务的意见。</translation>
    </message>
    <message>
        <source>Only the return-visit records of a round are sent to the departments.</source>
        <translation>只有一轮回访走访的记录才发送给各部门。</translation>
    </message>
    <message>
        <source>The visit has not been recorded yet.</source>
        <translation>走访尚未记录。</translation>
    </message>
    <message>
        <source>%1 has already sent this record.</source>
        <translation>%1 已经发送了此记录。</translation>
    </message>
    <message>
        <source>Choose the departments to send the record to.</source>
        <translation>请选择接收此记录的部门。</translation>
    </message>
    <message>
        <source>Choose each department once, among the active ones.</source>
        <translation>每个部门只能选择一次，且须为有效部门。</translation>
    </message>
    <message>
        <source>The record was not sent to that department.</source>
        <translation>此记录没有发送给该部门。</translation>
    </message>
    <message>
        <source>Only %1 can sign for its copy of the record.</source>
        <translation>只有%1才能签收其记录副本。</translation>
    </message>
    <message>
        <source>%1 has already signed for the record.</source>
        <translation>%1 已经签收了此记录。</translation>
    </message>
    <message>
        <source>%1 has already filed this record.</source>
        <translation>%1 已经将此记录归档。</translation>
    </message>
    <message>
        <source>The record is filed after it was sent to the departments.</source>
        <translation>记录在发送给各部门之后才能归档。</translation>
    </message>
    <message>
        <source>The record is filed once every department has signed for it; still waiting for: %1.</source>
        <translation>每个部门都签收后才能归档；仍在等待：%1。</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw “%1”</source>
        <translation>撤回“%1”</translation>
    </message>
    <message>
        <source>“%1” will no longer be shown with the case. It is not deleted: the case&apos;s history keeps it, with your reason, and an administrator can still see it.</source>
        <translation>“%1”将不再随问题单显示。它不会被删除：问题单的历史记录会保留它和您的原因，系统管理员仍可查看。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Wh&amp;y is it withdrawn? *</source>
        <translation>撤回原因(&amp;Y) *</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>Disposal suggestion owed</source>
        <translation>待提处置意见</translation>
    </message>
    <message>
        <source>To send to Quality</source>
        <translation>待转质量部</translation>
    </message>
    <message>
        <source>To plan the processing</source>
        <translation>待制定处理方案</translation>
    </message>
    <message>
        <source>Plans being carried out</source>
        <translation>方案实施中</translation>
    </message>
    <message>
        <source>First return visit or follow-up</source>
        <translation>待首次回访或跟踪</translation>
    </message>
    <message>
        <source>Second return visit</source>
        <translation>待二次回访</translation>
    </message>
    <message>
        <source>Waiting to be recorded</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Waiting for analysis</source>
        <translation>待分析</translation>
    </message>
    <message>
        <source>Waiting for the feedback sheet</source>
        <translation>待下发信息反馈单</translation>
    </message>
    <message>
        <source>Units&apos; replies outstanding</source>
        <translation>待责任单位回复</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>可关闭</translation>
    </message>
    <message>
        <source>On-site service to do</source>
        <translation>待现场服务</translation>
    </message>
    <message>
        <source>Feedback sheets to answer</source>
        <translation>待回复的信息反馈单</translation>
    </message>
    <message>
        <source>Follow-ups to settle</source>
        <translation>待处理的跟踪事项</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>超期工作</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>Only the Sales Department can log a customer&apos;s quality call.</source>
        <translation>只有销售部才能登记客户质量信息。</translation>
    </message>
    <message>
        <source>Only the Sales Department can send a case to Quality.</source>
        <translation>只有销售部才能将问题单转交质量部。</translation>
    </message>
    <message>
        <source>Only the Quality Department can record a case.</source>
        <translation>只有质量部才能受理问题单。</translation>
    </message>
    <message>
        <source>Only the Quality Department can analyse a case.</source>
        <translation>只有质量部才能分析问题单。</translation>
    </message>
    <message>
        <source>Only the Quality Department can issue a feedback sheet.</source>
        <translation>只有质量部才能下发信息反馈单。</translation>
    </message>
    <message>
        <source>Only the responsible unit (or Quality on its behalf) can record its receipt and reply.</source>
        <translation>只有责任单位（或由质量部代为）才能登记签收和回复。</translation>
    </message>
    <message>
        <source>Only Sales or Quality can give the customer a disposal suggestion.</source>
        <translation>只有销售部或质量部才能向客户提出处置意见。</translation>
    </message>
    <message>
        <source>Only the Sales Department can organize the processing plan.</source>
        <translation>只有销售部才能组织制定处理方案。</translation>
    </message>
    <message>
        <source>Only the service technician (or Sales from the paper report) can record the on-site service.</source>
        <translation>只有服务技术员（或由销售部根据纸质报告）才能登记现场服务。</translation>
    </message>
    <message>
        <source>Only Sales or the responsible unit can record how the plan was carried out.</source>
        <translation>只有销售部或责任单位才能登记处理方案的实施情况。</translation>
    </message>
    <message>
        <source>Only the Sales Department makes the return visits.</source>
        <translation>只有销售部才能进行回访。</translation>
    </message>
    <message>
        <source>Only the Sales Department follows up resupplied products.</source>
        <translation>只有销售部才能跟踪重新供货的产品。</translation>
    </message>
    <message>
        <source>Only technical support (or Quality) can complete a follow-up.</source>
        <translation>只有技术支持（或质量部）才能完成跟踪事项。</translation>
    </message>
    <message>
        <source>Only the Quality Department can close a case.</source>
        <translation>只有质量部才能关闭问题单。</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>该问题单已关闭。</translation>
    </message>
    <message>
        <source>The case has already been sent to Quality.</source>
        <translation>该问题单已转交质量部。</translation>
    </message>
    <message>
        <source>The case has not been sent to Quality yet.</source>
        <translation>该问题单尚未转交质量部。</translation>
    </message>
    <message>
        <source>Quality has already recorded the case.</source>
        <translation>质量部已受理该问题单。</translation>
    </message>
    <message>
        <source>Quality has not recorded the case yet.</source>
        <translation>质量部尚未受理该问题单。</translation>
    </message>
    <message>
        <source>The feedback sheet has been issued; the analysis can no longer be changed.</source>
        <translation>信息反馈单已下发，分析结果不能再修改。</translation>
    </message>
    <message>
        <source>The case has not been analysed yet.</source>
        <translation>该问题单尚未分析。</translation>
    </message>
    <message>
        <source>The feedback sheet has already been issued.</source>
        <translation>信息反馈单已下发。</translation>
    </message>
    <message>
        <source>The feedback sheet has not been issued yet.</source>
        <translation>信息反馈单尚未下发。</translation>
    </message>
    <message>
        <source>The processing plan has already been made.</source>
        <translation>处理方案已制定。</translation>
    </message>
    <message>
        <source>There is no processing plan yet.</source>
        <translation>尚未制定处理方案。</translation>
    </message>
    <message>
        <source>The plan has no on-site service.</source>
        <translation>该处理方案不含现场服务。</translation>
    </message>
    <message>
        <source>The on-site service has already been recorded.</source>
        <translation>现场服务已登记。</translation>
    </message>
    <message>
        <source>The plan has no return to the factory.</source>
        <translation>该处理方案不含返厂。</translation>
    </message>
    <message>
        <source>The returned product has already been resupplied.</source>
        <translation>返厂产品已重新供货。</translation>
    </message>
    <message>
        <source>This plan is completed by its service record or its resupply.</source>
        <translation>该处理方案在登记服务记录或重新供货后即完成。</translation>
    </message>
    <message>
        <source>The plan has already been carried out.</source>
        <translation>处理方案已实施。</translation>
    </message>
    <message>
        <source>Return visits follow an on-site service, and none has been recorded yet.</source>
        <translation>回访须在现场服务之后进行，但目前尚未登记现场服务。</translation>
    </message>
    <message>
        <source>The first return visit has already been made.</source>
        <translation>首次回访已完成。</translation>
    </message>
    <message>
        <source>The first return visit has not been made yet.</source>
        <translation>首次回访尚未进行。</translation>
    </message>
    <message>
        <source>The second return visit has already been made.</source>
        <translation>二次回访已完成。</translation>
    </message>
    <message>
        <source>Only a returned or replaced product is followed up after resupply.</source>
        <translation>只有返厂或换货的产品才在重新供货后跟踪。</translation>
    </message>
    <message>
        <source>The product has not been resupplied yet.</source>
        <translation>产品尚未重新供货。</translation>
    </message>
    <message>
        <source>The resupplied product has already been followed up.</source>
        <translation>重新供货的产品已跟踪。</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Choose how the information came in (phone, visit, letter, e-mail or on site).</source>
        <translation>请选择信息来源方式（电话、来访、信函、电子邮件或现场）。</translation>
    </message>
    <message>
        <source>Describe the symptom.</source>
        <translation>请描述故障现象。</translation>
    </message>
    <message>
        <source>Choose the product model, or type a serial number the company shipped.</source>
        <translation>请选择产品型号，或输入本公司已发货产品的序列号。</translation>
    </message>
    <message>
        <source>The quantity affected must be at least 1.</source>
        <translation>涉及数量至少为 1。</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>接收时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Say how the information was verified.</source>
        <translation>请说明信息的核实方式。</translation>
    </message>
    <message>
        <source>Choose the defect category.</source>
        <translation>请选择缺陷类别。</translation>
    </message>
    <message>
        <source>Choose the cause.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>Choose the grade of the quality event.</source>
        <translation>请选择质量事件等级。</translation>
    </message>
    <message>
        <source>Name at least one responsible unit.</source>
        <translation>请至少指定一个责任单位。</translation>
    </message>
    <message>
        <source>Each responsible unit may be named once.</source>
        <translation>每个责任单位只能指定一次。</translation>
    </message>
    <message>
        <source>Give each responsible unit its task.</source>
        <translation>请为每个责任单位填写任务。</translation>
    </message>
    <message>
        <source>The processing deadline must be in the future.</source>
        <translation>处理期限必须晚于当前时间。</translation>
    </message>
    <message>
        <source>That unit is not responsible for this case.</source>
        <translation>该单位不是此问题单的责任单位。</translation>
    </message>
    <message>
        <source>You can record the receipt and reply of your own unit only.</source>
        <translation>您只能登记本单位的签收和回复。</translation>
    </message>
    <message>
        <source>%1 has already recorded its receipt.</source>
        <translation>%1 已登记签收。</translation>
    </message>
    <message>
        <source>%1 has already replied.</source>
        <translation>%1 已回复。</translation>
    </message>
    <message>
        <source>Write the unit&apos;s reply: what it did or will do.</source>
        <translation>请填写单位的回复：已采取或将采取的措施。</translation>
    </message>
    <message>
        <source>Write the disposal suggestion given to the customer.</source>
        <translation>请填写向客户提出的处置意见。</translation>
    </message>
    <message>
        <source>Choose the service agency.</source>
        <translation>请选择服务机构。</translation>
    </message>
    <message>
        <source>Choose a technician of that agency.</source>
        <translation>请选择该服务机构的技术员。</translation>
    </message>
    <message>
        <source>Give the address of the site.</source>
        <translation>请填写现场地址。</translation>
    </message>
    <message>
        <source>Give the number of the return plan order.</source>
        <translation>请填写返厂计划单号。</translation>
    </message>
    <message>
        <source>Say what will be replaced and how it is sent.</source>
        <translation>请说明换货内容及发货方式。</translation>
    </message>
    <message>
        <source>Say what guidance is given and by whom.</source>
        <translation>请说明提供何种指导以及由谁提供。</translation>
    </message>
    <message>
        <source>This service is assigned to %1.</source>
        <translation>此服务已指派给 %1。</translation>
    </message>
    <message>
        <source>Give the time of arrival on site.</source>
        <translation>请填写到达现场的时间。</translation>
    </message>
    <message>
        <source>The time of arrival cannot be in the future.</source>
        <translation>到达时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The service cannot finish before the technician arrived.</source>
        <translation>服务结束时间不能早于技术员到达时间。</translation>
    </message>
    <message>
        <source>Describe the work done.</source>
        <translation>请填写服务内容。</translation>
    </message>
    <message>
        <source>Give the result of the service.</source>
        <translation>请填写服务的处理结果。</translation>
    </message>
    <message>
        <source>Give the name of the customer&apos;s person who confirmed the service.</source>
        <translation>请填写客户方确认服务的人员姓名。</translation>
    </message>
    <message>
        <source>The returned product has already been received.</source>
        <translation>返厂产品已接收。</translation>
    </message>
    <message>
        <source>The returned product has not been received at the factory yet.</source>
        <translation>工厂尚未收到返厂产品。</translation>
    </message>
    <message>
        <source>The rework has already been recorded.</source>
        <translation>返修已登记。</translation>
    </message>
    <message>
        <source>The product has not been reworked yet.</source>
        <translation>产品尚未返修。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请说明所做的工作。</translation>
    </message>
    <message>
        <source>Confirm each on-site service requirement with the customer.</source>
        <translation>请与客户逐项确认现场服务要求。</translation>
    </message>
    <message>
        <source>Each confirmed item needs its requirement.</source>
        <translation>每个确认项都须填写对应的要求。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s marks for the on-site service (0 to 100).</source>
        <translation>请输入客户对现场服务的评分（0～100）。</translation>
    </message>
    <message>
        <source>The return visit cannot be before the on-site service.</source>
        <translation>回访时间不能早于现场服务。</translation>
    </message>
    <message>
        <source>Record how the product has been used since the service.</source>
        <translation>请记录服务后产品的使用情况。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s feedback as they said it.</source>
        <translation>请如实记录客户的反馈意见。</translation>
    </message>
    <message>
        <source>Say what technical support should follow up.</source>
        <translation>请说明技术支持需要跟踪的事项。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s feedback on the resupplied product.</source>
        <translation>请记录客户对重新供货产品的反馈意见。</translation>
    </message>
    <message>
        <source>There is no such follow-up.</source>
        <translation>不存在该跟踪事项。</translation>
    </message>
    <message>
        <source>This follow-up belongs to another unit.</source>
        <translation>该跟踪事项属于其他单位。</translation>
    </message>
    <message>
        <source>This follow-up has already been completed.</source>
        <translation>该跟踪事项已完成。</translation>
    </message>
    <message>
        <source>Say how the problem was settled.</source>
        <translation>请说明问题的解决方式。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Summarize the problem for the file.</source>
        <translation>请概述问题以便归档。</translation>
    </message>
    <message>
        <source>Give the result of the treatment.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>Write the feedback to the customer.</source>
        <translation>请填写给客户的书面反馈。</translation>
    </message>
    <message>
        <source>The case cannot be closed while something is still owed: %1. A quality engineer can close it anyway by giving the reason for the waiver.</source>
        <translation>仍有未完成事项，问题单不能关闭：%1。质量工程师可填写豁免理由后强制关闭。</translation>
    </message>
    <message>
        <source>Give the reason for closing with work still owed.</source>
        <translation>请填写在仍有未完成事项时关闭的理由。</translation>
    </message>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>不存在 ID 为 %1 的问题单。</translation>
    </message>
    <message>
        <source>This product model is no longer offered; choose another.</source>
        <translation>此产品型号已停用，请另选。</translation>
    </message>
    <message>
        <source>This grade is no longer in use; choose another.</source>
        <translation>此等级已停用，请另选。</translation>
    </message>
    <message>
        <source>This defect category is no longer in use.</source>
        <translation>此缺陷类别已停用。</translation>
    </message>
    <message>
        <source>This cause is no longer in use.</source>
        <translation>此原因已停用。</translation>
    </message>
    <message>
        <source>Each unit&apos;s reply deadline must be in the future.</source>
        <translation>每个责任单位的回复期限必须晚于当前时间。</translation>
    </message>
</context>
<context>
    <name>XlsxBook</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>QualityLoop cannot open the database</source>
        <translation>QualityLoop 无法打开数据库</translation>
    </message>
</context>
</TS>
