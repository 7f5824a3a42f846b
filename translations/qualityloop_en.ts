<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddFilesDialog</name>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>Add %n file</numerusform>
            <numerusform>Add %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Response rules:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Temporary measures:&lt;/b&gt; %2&lt;br&gt;Processing within %n hour(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Response rules:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Temporary measures:&lt;/b&gt; %2&lt;br&gt;Processing within %n hour.</numerusform>
            <numerusform>&lt;b&gt;Response rules:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Temporary measures:&lt;/b&gt; %2&lt;br&gt;Processing within %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrivalRule</name>
    <message numerus="yes">
        <source>Grade %1 asks for a technician on site within %n hour(s), by %2. The appointed arrival %3 is later: agree it with the customer or appoint an earlier time.</source>
        <translation>
            <numerusform>Grade %1 asks for a technician on site within %n hour, by %2. The appointed arrival %3 is later: agree it with the customer or appoint an earlier time.</numerusform>
            <numerusform>Grade %1 asks for a technician on site within %n hours, by %2. The appointed arrival %3 is later: agree it with the customer or appoint an earlier time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachCommands</name>
    <message numerus="yes">
        <source>%n file(s) copied into %1, each checked by its SHA-256.</source>
        <translation>
            <numerusform>%n file copied into %1, each checked by its SHA-256.</numerusform>
            <numerusform>%n files copied into %1, each checked by its SHA-256.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>%n file added to the case.</numerusform>
            <numerusform>%n files added to the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be saved with the form.</source>
        <translation>
            <numerusform>%n file will be saved with the form.</numerusform>
            <numerusform>%n files will be saved with the form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>%n case(s), %1 MB, checked by SQLite and found sound. Keep a copy away from this PC (another disk, a USB drive) so that a broken disk cannot take both.</source>
        <translation>
            <numerusform>%n case, %1 MB, checked by SQLite and found sound. Keep a copy away from this PC (another disk, a USB drive) so that a broken disk cannot take both.</numerusform>
            <numerusform>%n cases, %1 MB, checked by SQLite and found sound. Keep a copy away from this PC (another disk, a USB drive) so that a broken disk cannot take both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup made on %1 (%n case(s))?</source>
        <translation>
            <numerusform>Restore the backup made on %1 (%n case)?</numerusform>
            <numerusform>Restore the backup made on %1 (%n cases)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup made on %1 is restored: %n case(s).</source>
        <translation>
            <numerusform>The backup made on %1 is restored: %n case.</numerusform>
            <numerusform>The backup made on %1 is restored: %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message numerus="yes">
        <source>Backed up %n case(s) to %1 (%2 MB, database version %3) in %4 s; SQLite&apos;s check of the backup: ok.</source>
        <translation>
            <numerusform>Backed up %n case to %1 (%2 MB, database version %3) in %4 s; SQLite&apos;s check of the backup: ok.</numerusform>
            <numerusform>Backed up %n cases to %1 (%2 MB, database version %3) in %4 s; SQLite&apos;s check of the backup: ok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n case(s) from the backup made on %1 into %2 (database version %3).</source>
        <translation>
            <numerusform>Restored %n case from the backup made on %1 into %2 (database version %3).</numerusform>
            <numerusform>Restored %n cases from the backup made on %1 into %2 (database version %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message numerus="yes">
        <source>%n day(s). %1</source>
        <translation>
            <numerusform>%n day. %1</numerusform>
            <numerusform>%n days. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported until the file is corrected: %n problem(s) below.</source>
        <translation>
            <numerusform>Nothing can be imported until the file is corrected: %n problem below.</numerusform>
            <numerusform>Nothing can be imported until the file is corrected: %n problems below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public holiday(s)</source>
        <translation>
            <numerusform>%n public holiday</numerusform>
            <numerusform>%n public holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n make-up working day</numerusform>
            <numerusform>%n make-up working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message numerus="yes">
        <source>%n to call now, %1 of them overdue</source>
        <translation>
            <numerusform>%n to call now, %1 of them overdue</numerusform>
            <numerusform>%n to call now, %1 of them overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseChanges</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMigrateCommand</name>
    <message numerus="yes">
        <source>%n table(s) differ between the file and the server, so nothing was kept: the server database is as a new QualityLoop database (its tables, no users, cases or audit entries).</source>
        <translation>
            <numerusform>%n table differs between the file and the server, so nothing was kept: the server database is as a new QualityLoop database (its tables, no users, cases or audit entries).</numerusform>
            <numerusform>%n tables differ between the file and the server, so nothing was kept: the server database is as a new QualityLoop database (its tables, no users, cases or audit entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %1: %2 of %n row(s)</source>
        <translation>
            <numerusform>Copying %1: %2 of %n row</numerusform>
            <numerusform>Copying %1: %2 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1: %2 of %n row(s)</source>
        <translation>
            <numerusform>Checking %1: %2 of %n row</numerusform>
            <numerusform>Checking %1: %2 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing %1 again as the server searches it: %2 of %n row(s)</source>
        <translation>
            <numerusform>Indexing %1 again as the server searches it: %2 of %n row</numerusform>
            <numerusform>Indexing %1 again as the server searches it: %2 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) (%1 MB) in %2 s: %3 rows a second; read back and compared in %4 s.</source>
        <translation>
            <numerusform>Copied %n row (%1 MB) in %2 s: %3 rows a second; read back and compared in %4 s.</numerusform>
            <numerusform>Copied %n rows (%1 MB) in %2 s: %3 rows a second; read back and compared in %4 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search text of %n case(s) indexed again as the server stores it (lower case, without accents) in %1 s.</source>
        <translation>
            <numerusform>The search text of %n case indexed again as the server stores it (lower case, without accents) in %1 s.</numerusform>
            <numerusform>The search text of %n cases indexed again as the server stores it (lower case, without accents) in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) are the same on the server as in the file. The office now works on %1: the file refuses every change from now on (it says where the office went) and stays as the record of the move.</source>
        <translation>
            <numerusform>The %n table is the same on the server as in the file. The office now works on %1: the file refuses every change from now on (it says where the office went) and stays as the record of the move.</numerusform>
            <numerusform>All %n tables are the same on the server as in the file. The office now works on %1: the file refuses every change from now on (it says where the office went) and stays as the record of the move.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasePreparer</name>
    <message numerus="yes">
        <source>Making the demonstration database with %n sample case(s)…</source>
        <translation>
            <numerusform>Making the demonstration database with %n sample case…</numerusform>
            <numerusform>Making the demonstration database with %n sample cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message numerus="yes">
        <source>There is no day %1 in %2: it has %n day(s).</source>
        <translation>
            <numerusform>There is no day %1 in %2: it has %n day.</numerusform>
            <numerusform>There is no day %1 in %2: it has %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message numerus="yes">
        <source>%n public holiday(s)</source>
        <translation>
            <numerusform>%n public holiday</numerusform>
            <numerusform>%n public holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>%n make-up working day</numerusform>
            <numerusform>%n make-up working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n day(s) from the calendar?</source>
        <translation>
            <numerusform>Remove %n day from the calendar?</numerusform>
            <numerusform>Remove %n days from the calendar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) added.</source>
        <translation>
            <numerusform>%n day added.</numerusform>
            <numerusform>%n days added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) changed.</source>
        <translation>
            <numerusform>%n day changed.</numerusform>
            <numerusform>%n days changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) removed.</source>
        <translation>
            <numerusform>%n day removed.</numerusform>
            <numerusform>%n days removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) were already so.</source>
        <translation>
            <numerusform>%n day were already so.</numerusform>
            <numerusform>%n days were already so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up day(s) left out: the company works on them anyway.</source>
        <translation>
            <numerusform>%n make-up day left out: the company works on them anyway.</numerusform>
            <numerusform>%n make-up days left out: the company works on them anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deadline of %n open case(s) moved with the calendar.</source>
        <translation>
            <numerusform>The deadline of %n open case moved with the calendar.</numerusform>
            <numerusform>The deadline of %n open cases moved with the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) below the header; %1, columns separated by %2. Check the file, then import it.</source>
        <translation>
            <numerusform>%n row below the header; %1, columns separated by %2. Check the file, then import it.</numerusform>
            <numerusform>%n rows below the header; %1, columns separated by %2. Check the file, then import it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out, as asked.</source>
        <translation>
            <numerusform>%n bad row left out, as asked.</numerusform>
            <numerusform>%n bad rows left out, as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (listed below); nothing was changed. Correct the file, or choose to import the good rows only.</source>
        <translation>
            <numerusform>%n row cannot be imported (listed below); nothing was changed. Correct the file, or choose to import the good rows only.</numerusform>
            <numerusform>%n rows cannot be imported (listed below); nothing was changed. Correct the file, or choose to import the good rows only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message numerus="yes">
        <source>This serial number already has %n open case(s). Check it is not the same problem.</source>
        <translation>
            <numerusform>This serial number already has %n open case. Check it is not the same problem.</numerusform>
            <numerusform>This serial number already has %n open cases. Check it is not the same problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListValidator</name>
    <message numerus="yes">
        <source>“%1” is too long: at most %n characters.</source>
        <translation>
            <numerusform>“%1” is too long: at most %n character.</numerusform>
            <numerusform>“%1” is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListsWindow</name>
    <message numerus="yes">
        <source>%n entries of %1 written to %2.</source>
        <translation>
            <numerusform>%n entry of %1 written to %2.</numerusform>
            <numerusform>%n entries of %1 written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Print the feedback sheets of %n selected case(s)</source>
        <translation>
            <numerusform>Print the feedback sheets of %n selected case</numerusform>
            <numerusform>Print the feedback sheets of %n selected cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview the feedback sheets of %n selected case(s)</source>
        <translation>
            <numerusform>Preview the feedback sheets of %n selected case</numerusform>
            <numerusform>Preview the feedback sheets of %n selected cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the feedback sheets of %n selected case(s) in one PDF file</source>
        <translation>
            <numerusform>Save the feedback sheets of %n selected case in one PDF file</numerusform>
            <numerusform>Save the feedback sheets of %n selected cases in one PDF file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message numerus="yes">
        <source>%1 — %n case(s), %2 overdue</source>
        <translation>
            <numerusform>%1 — %n case, %2 overdue</numerusform>
            <numerusform>%1 — %n cases, %2 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n case</numerusform>
            <numerusform>%1 — %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s), %2 overdue</source>
        <translation>
            <numerusform>%1 — %n item, %2 overdue</numerusform>
            <numerusform>%1 — %n items, %2 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation>
            <numerusform>%1 — %n item</numerusform>
            <numerusform>%1 — %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueListDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duties whose deadline has passed, one line each: %n.</source>
        <translation>
            <numerusform>Duties whose deadline has passed, one line each: %n.</numerusform>
            <numerusform>Duties whose deadline has passed, one line each: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, order %2, first delivery %3, %n batch(es)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, order %2, first delivery %3, %n batch</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, order %2, first delivery %3, %n batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnVisitRecordDocument</name>
    <message numerus="yes">
        <source>First return visit by telephone (within %n day(s))</source>
        <translation>
            <numerusform>First return visit by telephone (within %n day)</numerusform>
            <numerusform>First return visit by telephone (within %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Second return visit by telephone (within %n day(s))</source>
        <translation>
            <numerusform>Second return visit by telephone (within %n day)</numerusform>
            <numerusform>Second return visit by telephone (within %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnVisitReportDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message numerus="yes">
        <source>%n customer(s) chosen</source>
        <translation>
            <numerusform>%n customer chosen</numerusform>
            <numerusform>%n customers chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n round(s)</source>
        <translation>
            <numerusform>The first %n round</numerusform>
            <numerusform>The first %n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n sample case(s) in %1 s: %2</source>
        <translation>
            <numerusform>Made %n sample case in %1 s: %2</numerusform>
            <numerusform>Made %n sample cases in %1 s: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message numerus="yes">
        <source>Late by %n minute(s)</source>
        <translation>
            <numerusform>Late by %n minute</numerusform>
            <numerusform>Late by %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message numerus="yes">
        <source>None of the %n case(s) received in the period has a %1 recorded yet.</source>
        <translation>
            <numerusform>None of the %n case received in the period has a %1 recorded yet.</numerusform>
            <numerusform>None of the %n cases received in the period has a %1 recorded yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplyPage</name>
    <message numerus="yes">
        <source>%n document(s) to check</source>
        <translation>
            <numerusform>%n document to check</numerusform>
            <numerusform>%n documents to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown, delivering until %1</source>
        <translation>
            <numerusform>%n order shown, delivering until %1</numerusform>
            <numerusform>%n orders shown, delivering until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message numerus="yes">
        <source>%1: %2 of %n letter(s) answered, %3</source>
        <translation>
            <numerusform>%1: %2 of %n letter answered, %3</numerusform>
            <numerusform>%1: %2 of %n letters answered, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyPrintArgs</name>
    <message numerus="yes">
        <source>Printed %n document(s) of survey %1 to %2</source>
        <translation>
            <numerusform>Printed %n document of survey %1 to %2</numerusform>
            <numerusform>Printed %n documents of survey %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyReviewDialog</name>
    <message numerus="yes">
        <source>%n improvement opportunity(ies) named, each with its corrective action.</source>
        <translation>
            <numerusform>%n improvement opportunity named, each with its corrective action.</numerusform>
            <numerusform>%n improvement opportunities named, each with its corrective action.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message numerus="yes">
        <source>%n bad row(s) left out, as asked.</source>
        <translation>
            <numerusform>%n bad row left out, as asked.</numerusform>
            <numerusform>%n bad rows left out, as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n row(s) refused; nothing was changed. Correct them and import the file again, or import the good rows only (--good-rows-only).</source>
        <translation>
            <numerusform>%1 was not imported: %n row refused; nothing was changed. Correct them and import the file again, or import the good rows only (--good-rows-only).</numerusform>
            <numerusform>%1 was not imported: %n rows refused; nothing was changed. Correct them and import the file again, or import the good rows only (--good-rows-only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entries of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n entry of %1 to %2.</numerusform>
            <numerusform>Wrote %n entries of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) of %1: they would be %2. Nothing was changed (dry run).</source>
        <translation>
            <numerusform>Checked %n row of %1: they would be %2. Nothing was changed (dry run).</numerusform>
            <numerusform>Checked %n rows of %1: they would be %2. Nothing was changed (dry run).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message numerus="yes">
        <source>%n visit(s) to do, %1 of them overdue</source>
        <translation>
            <numerusform>%n visit to do, %1 of them overdue</numerusform>
            <numerusform>%n visits to do, %1 of them overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
