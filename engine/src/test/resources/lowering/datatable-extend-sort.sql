WITH "q0" AS (SELECT * FROM (VALUES (CAST(CAST(1 AS BIGINT) AS BIGINT), CAST('a' AS VARCHAR)), (CAST(CAST(2 AS BIGINT) AS BIGINT), CAST('b' AS VARCHAR))) AS t("k", "v")),
"q1" AS (SELECT "k", "v", concat("v", '-', coalesce(CAST("k" AS VARCHAR), '')) AS "w" FROM "q0"),
"q2" AS (SELECT * FROM "q1" ORDER BY "k" DESC NULLS LAST)
SELECT "k", "v", "w" FROM "q2"
