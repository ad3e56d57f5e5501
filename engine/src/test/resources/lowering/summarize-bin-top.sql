WITH "q0" AS (SELECT *, row_number() OVER () AS "__ord" FROM "DeviceLogonEvents"),
"q1" AS (SELECT "DeviceName" AS "DeviceName", kql_bin_datetime("Timestamp", CAST(36000000000 AS BIGINT)) AS "Timestamp", count(*) AS "Attempts", coalesce(to_json(kql_distinct_in_order(list(to_json("AccountName") ORDER BY "__ord") FILTER (WHERE "AccountName" IS NOT NULL))), CAST('[]' AS JSON)) AS "Accounts" FROM "q0" GROUP BY 1, 2 ORDER BY min("__ord")),
"q2" AS (SELECT * FROM "q1" ORDER BY "Attempts" DESC NULLS LAST LIMIT CAST(10 AS BIGINT))
SELECT "DeviceName", "Timestamp", "Attempts", "Accounts" FROM "q2"
