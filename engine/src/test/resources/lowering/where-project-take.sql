WITH "q0" AS (SELECT * FROM "DeviceProcessEvents" WHERE ("Timestamp" > kql_datetime_add_ticks(make_timestamp_ns(1705320000000000000::BIGINT), -(CAST(6048000000000 AS BIGINT))))),
"q1" AS (SELECT * FROM "q0" WHERE ((lower("FileName") = lower('powershell.exe')) AND kql_has("ProcessCommandLine", '-enc'))),
"q2" AS (SELECT "Timestamp" AS "Timestamp", "DeviceName" AS "DeviceName", "AccountName" AS "AccountName", "ProcessCommandLine" AS "ProcessCommandLine" FROM "q1"),
"q3" AS (SELECT * FROM "q2" LIMIT CAST(100 AS BIGINT))
SELECT "Timestamp", "DeviceName", "AccountName", "ProcessCommandLine" FROM "q3"
