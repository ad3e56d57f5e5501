WITH "q0" AS (SELECT CAST(1 AS BIGINT) AS "a", 'it''s' AS "b", make_timestamp_ns(1704067200000000000::BIGINT) AS "c", CAST(36000000000 AS BIGINT) AS "d", CAST('{"k":[1,2]}' AS JSON) AS "e")
SELECT "a", "b", "c", "d", "e" FROM "q0"
