<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>BackupsDialog</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message numerus="yes">
            <source>Restored %n entries.</source>
            <translation>
                <numerusform>Restored %n entry.</numerusform>
                <numerusform>Restored %n entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries shown</source>
            <translation>
                <numerusform>%n entry shown</numerusform>
                <numerusform>%n entries shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n entries. Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>Deleted %n entry. Ctrl+Z brings it back.</numerusform>
                <numerusform>Deleted %n entries. Ctrl+Z brings them back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>paindiary</name>
        <message numerus="yes">
            <source>You had {count} sessions in the last 3 months, compared with {before} in the 3 months before.</source>
            <translation>
                <numerusform>You had {count} session in the last 3 months, compared with {before} in the 3 months before.</numerusform>
                <numerusform>You had {count} sessions in the last 3 months, compared with {before} in the 3 months before.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} day</numerusform>
                <numerusform>{count} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days so far</source>
            <translation>
                <numerusform>relief at 30 % for at least {days} day so far</numerusform>
                <numerusform>relief at 30 % for at least {days} days so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days</source>
            <translation>
                <numerusform>relief at 30 % for at least {days} day</numerusform>
                <numerusform>relief at 30 % for at least {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no entries in the first {days} days after this course</source>
            <translation>
                <numerusform>no entries in the first {days} day after this course</numerusform>
                <numerusform>no entries in the first {days} days after this course</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>pain did not fall by 30 % or more in the first {days} days</source>
            <translation>
                <numerusform>pain did not fall by 30 % or more in the first {days} day</numerusform>
                <numerusform>pain did not fall by 30 % or more in the first {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for at least {days} days, then no entries for more than {gap} days</source>
            <translation>
                <numerusform>relief at 30 % for at least {days} day, then no entries for more than {gap} days</numerusform>
                <numerusform>relief at 30 % for at least {days} days, then no entries for more than {gap} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for {days} days, until the next course</source>
            <translation>
                <numerusform>relief at 30 % for {days} day, until the next course</numerusform>
                <numerusform>relief at 30 % for {days} days, until the next course</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relief at 30 % for {days} days</source>
            <translation>
                <numerusform>relief at 30 % for {days} day</numerusform>
                <numerusform>relief at 30 % for {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended when the next course began.</source>
            <translation>
                <numerusform>For at least {days} day after this course (day 0) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended when the next course began.</numerusform>
                <numerusform>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended when the next course began.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain was low; in points, on day {day} your pain was about {points} points lower ({pain}/10).</source>
            <translation>
                <numerusform>Your usual pain was low; in points, on day {day} your pain was about {points} point lower ({pain}/10).</numerusform>
                <numerusform>Your usual pain was low; in points, on day {day} your pain was about {points} points lower ({pain}/10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain was low; in points, on day {day} your pain was about {points} points higher ({pain}/10).</source>
            <translation>
                <numerusform>Your usual pain was low; in points, on day {day} your pain was about {points} point higher ({pain}/10).</numerusform>
                <numerusform>Your usual pain was low; in points, on day {day} your pain was about {points} points higher ({pain}/10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is at least {days} days of relief, counted from day 0.</source>
            <translation>
                <numerusform>That is at least {days} day of relief, counted from day 0.</numerusform>
                <numerusform>That is at least {days} days of relief, counted from day 0.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is {days} days of relief, counted from day 0.</source>
            <translation>
                <numerusform>That is {days} day of relief, counted from day 0.</numerusform>
                <numerusform>That is {days} days of relief, counted from day 0.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10).</source>
            <translation>
                <numerusform>For {days} day after this course (day 0) your pain was at least {threshold} % below your usual pain ({usual}/10).</numerusform>
                <numerusform>For {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); then there were no entries for more than {gap} days.</source>
            <translation>
                <numerusform>For at least {days} day after this course (day 0) your pain was at least {threshold} % below your usual pain ({usual}/10); then there were no entries for more than {gap} days.</numerusform>
                <numerusform>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); then there were no entries for more than {gap} days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too early to tell: {days} days of diary since this course; relief has until day {onset} to begin.</source>
            <translation>
                <numerusform>Too early to tell: {days} day of diary since this course; relief has until day {onset} to begin.</numerusform>
                <numerusform>Too early to tell: {days} days of diary since this course; relief has until day {onset} to begin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not enough entries before this course to know your usual pain ({days} days with entries; {needed} needed).</source>
            <translation>
                <numerusform>Not enough entries before this course to know your usual pain ({days} day with entries; {needed} needed).</numerusform>
                <numerusform>Not enough entries before this course to know your usual pain ({days} days with entries; {needed} needed).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your usual pain rests on only {days} days with entries before this course.</source>
            <translation>
                <numerusform>Your usual pain rests on only {days} day with entries before this course.</numerusform>
                <numerusform>Your usual pain rests on only {days} days with entries before this course.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); relief is followed for {horizon} days at most.</source>
            <translation>
                <numerusform>For at least {days} day after this course (day 0) your pain was at least {threshold} % below your usual pain ({usual}/10); relief is followed for {horizon} days at most.</numerusform>
                <numerusform>For at least {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); relief is followed for {horizon} days at most.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For at least {days} days so far after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended on your last entry.</source>
            <translation>
                <numerusform>For at least {days} day so far after this course (day 0) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended on your last entry.</numerusform>
                <numerusform>For at least {days} days so far after this course (day 0 to day {last}) your pain was at least {threshold} % below your usual pain ({usual}/10); it had not ended on your last entry.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>There is no usual pain to compare with: the weeks before this course were still affected by earlier sessions, and there were no treatment-free weeks in the last {months} months to compare with.</source>
            <translation>
                <numerusform>There is no usual pain to compare with: the weeks before this course were still affected by earlier sessions, and there were no treatment-free weeks in the last month to compare with.</numerusform>
                <numerusform>There is no usual pain to compare with: the weeks before this course were still affected by earlier sessions, and there were no treatment-free weeks in the last {months} months to compare with.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Based on {logged} days with entries in the first {days} days.</source>
            <translation>
                <numerusform>Based on {logged} day with entries in the first {days} days.</numerusform>
                <numerusform>Based on {logged} days with entries in the first {days} days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{group}: relief at 30 % typically lasted {days} days ({courses} courses, {low}–{high} days).</source>
            <translation>
                <numerusform>{group}: relief at 30 % typically lasted {days} day ({courses} courses, {low}–{high} days).</numerusform>
                <numerusform>{group}: relief at 30 % typically lasted {days} days ({courses} courses, {low}–{high} days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % lasted {days} days.</source>
            <translation>
                <numerusform>Relief at {threshold} % lasted {days} day.</numerusform>
                <numerusform>Relief at {threshold} % lasted {days} days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recorded after each of your last {count} courses: {names}.</source>
            <translation>
                <numerusform>Recorded after your last course: {names}.</numerusform>
                <numerusform>Recorded after each of your last {count} courses: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{group}: relief at 30 % typically lasted at least {days} days ({courses} courses, {low}–{high} days).</source>
            <translation>
                <numerusform>{group}: relief at 30 % typically lasted at least {days} day ({courses} courses, {low}–{high} days).</numerusform>
                <numerusform>{group}: relief at 30 % typically lasted at least {days} days ({courses} courses, {low}–{high} days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % for at least {days} days so far.</source>
            <translation>
                <numerusform>Relief at {threshold} % for at least {days} day so far.</numerusform>
                <numerusform>Relief at {threshold} % for at least {days} days so far.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Relief at {threshold} % for at least {days} days.</source>
            <translation>
                <numerusform>Relief at {threshold} % for at least {days} day.</numerusform>
                <numerusform>Relief at {threshold} % for at least {days} days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} sessions</source>
            <translation>
                <numerusform>{count} session</numerusform>
                <numerusform>{count} sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of {total} days in the period have no entry.</source>
            <translation>
                <numerusform>{missing} of {total} day in the period has no entry.</numerusform>
                <numerusform>{missing} of {total} days in the period have no entry.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{logged} of {total} days in the period have entries</source>
            <translation>
                <numerusform>{logged} of {total} day in the period has entries</numerusform>
                <numerusform>{logged} of {total} days in the period have entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} sessions ({mg})</source>
            <translation>
                <numerusform>{count} session ({mg})</numerusform>
                <numerusform>{count} sessions ({mg})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind}, {count} sessions per course</source>
            <translation>
                <numerusform>{kind}, {count} session per course</numerusform>
                <numerusform>{kind}, {count} sessions per course</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{group}: {count} courses</source>
            <translation>
                <numerusform>{group}: {count} course</numerusform>
                <numerusform>{group}: {count} courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{course}: relief {days} days at 30 %, {days50} at 50 %; {dose}</source>
            <translation>
                <numerusform>{course}: relief {days} day at 30 %, {days50} at 50 %; {dose}</numerusform>
                <numerusform>{course}: relief {days} days at 30 %, {days50} at 50 %; {dose}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{date}: {count} as-needed doses</source>
            <translation>
                <numerusform>{date}: {count} as-needed dose</numerusform>
                <numerusform>{date}: {count} as-needed doses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Day {day}: {count} courses have entries</source>
            <translation>
                <numerusform>Day {day}: {count} course has entries</numerusform>
                <numerusform>Day {day}: {count} courses have entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sessions {band}, {period} ({count} sessions)</source>
            <translation>
                <numerusform>Sessions {band}, {period} ({count} session)</numerusform>
                <numerusform>Sessions {band}, {period} ({count} sessions)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{course}: pain at least 30 % below usual for at least {days} days so far</source>
            <translation>
                <numerusform>{course}: pain at least 30 % below usual for at least {days} day so far</numerusform>
                <numerusform>{course}: pain at least 30 % below usual for at least {days} days so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{course}: pain at least 30 % below usual for {days} days</source>
            <translation>
                <numerusform>{course}: pain at least 30 % below usual for {days} day</numerusform>
                <numerusform>{course}: pain at least 30 % below usual for {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{date}: pain {pain} ({count} entries)</source>
            <translation>
                <numerusform>{date}: pain {pain} ({count} entry)</numerusform>
                <numerusform>{date}: pain {pain} ({count} entries)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} courses</source>
            <translation>
                <numerusform>{count} course</numerusform>
                <numerusform>{count} courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} earlier courses of the period are in the appendix.</source>
            <translation>
                <numerusform>{count} earlier course of the period is in the appendix.</numerusform>
                <numerusform>{count} earlier courses of the period are in the appendix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} rows have one</source>
            <translation>
                <numerusform>1 row has one</numerusform>
                <numerusform>{n} rows have one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} entries</source>
            <translation>
                <numerusform>{count} entry</numerusform>
                <numerusform>{count} entries</numerusform>
            </translation>
        </message>
    </context>
</TS>
