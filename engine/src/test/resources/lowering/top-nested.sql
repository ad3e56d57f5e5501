WITH "q0" AS (SELECT *, row_number() OVER () AS "__ord" FROM "DeviceEvents"),
"q1" AS (SELECT "DeviceName" AS "__value0", count(*) AS "__aggregate0", min("__ord") AS "__first" FROM "q0" GROUP BY 1),
"q2" AS (SELECT * EXCLUDE ("__rank") FROM (SELECT *, row_number() OVER (ORDER BY "__aggregate0" DESC NULLS LAST, "__first" ASC) AS "__rank" FROM "q1") WHERE "__rank" <= CAST(3 AS BIGINT)),
"q3" AS (SELECT "DeviceName" AS "__value0", "ActionType" AS "__value1", max("Timestamp") AS "__aggregate1", min("__ord") AS "__first" FROM "q0" GROUP BY 1, 2),
"q4" AS (SELECT p.* EXCLUDE ("__first"), l."__value1", l."__aggregate1", l."__first" FROM "q2" p JOIN "q3" l ON p."__value0" IS NOT DISTINCT FROM l."__value0"),
"q5" AS (SELECT * EXCLUDE ("__rank") FROM (SELECT *, row_number() OVER (PARTITION BY "__value0" ORDER BY "__aggregate1" DESC NULLS LAST, "__first" ASC) AS "__rank" FROM "q4") WHERE "__rank" <= CAST(2 AS BIGINT)),
"q6" AS (SELECT "__value0" AS "DeviceName", "__aggregate0" AS "aggregated_DeviceName", "__value1" AS "ActionType", "__aggregate1" AS "Latest" FROM "q5" ORDER BY "__aggregate0" DESC NULLS LAST, "__aggregate1" DESC NULLS LAST)
SELECT "DeviceName", "aggregated_DeviceName", "ActionType", "Latest" FROM "q6"
