-- National-scale synthetic data for the insight benchmarks, generated inside PostgreSQL (INSERT ... SELECT over
-- generate_series: the server's own fast path, no round trips). :children children over :areas areas.
-- Mix from DOMAIN.md: ~64% on SEN support, ~32% with a plan (ASD 31.5%, SLCN 21.3%, SEMH 20.7%, ...), requests over
-- 3 years, ~46% of new plans within 20 weeks, reviews yearly with some overdue.
-- psql -v children=2000000 -v areas=153 -f bench/insight/seed-national.sql
\timing on
INSERT INTO "Areas" ("Id", "LaCode", "Name", "Slug", "Districts", "ReferencePrefix")
SELECT md5('area' || a)::uuid, lpad((100 + a)::text, 3, '0'), 'Area ' || a, 'area-' || a, ARRAY['North', 'South', 'East', 'West'], 'A' || a
FROM generate_series(1, :areas) a;

INSERT INTO "Settings" ("Id", "AreaId", "Name", "Type", "Urn", "Ukprn", "District")
SELECT md5('setting' || s)::uuid, md5('area' || (1 + s % :areas))::uuid, 'Setting ' || s,
  (ARRAY['Nursery','Primary','Primary','Primary','Secondary','Secondary','Special','College','AlternativeProvision'])[1 + (s / :areas) % 9],
  CASE WHEN (s / :areas) % 9 = 7 THEN NULL ELSE lpad((100000 + s)::text, 6, '0') END,
  CASE WHEN (s / :areas) % 9 = 7 THEN lpad((10000000 + s)::text, 8, '0') END,
  (ARRAY['North','South','East','West'])[1 + s % 4]
FROM generate_series(0, :areas * 90 - 1) s;

-- Children: every third child has a plan (k % 3 = 0), the rest are on SEN support.
INSERT INTO "Children" ("Id", "AreaId", "GivenName", "FamilyName", "DateOfBirth", "Sex", "Upn", "Postcode", "District", "PrimaryNeed",
  "CurrentSettingId", "OnSenSupport", "Ethnicity")
SELECT md5('child' || k)::uuid, md5('area' || (1 + k % :areas))::uuid, 'Child', 'Family' || (k / 1000),
  DATE '2026-03-02' - (730 + (k::bigint * 7919) % 7300)::int, CASE WHEN k % 10 < 7 THEN 'Male' ELSE 'Female' END,
  'A' || lpad(k::text, 12, '0'), 'AB1 1AB', (ARRAY['North','South','East','West'])[1 + k % 4],
  CASE WHEN (k::bigint * 31) % 1000 < 315 THEN 'ASD' WHEN (k::bigint * 31) % 1000 < 528 THEN 'SLCN' WHEN (k::bigint * 31) % 1000 < 735 THEN 'SEMH'
       WHEN (k::bigint * 31) % 1000 < 841 THEN 'MLD' WHEN (k::bigint * 31) % 1000 < 880 THEN 'SLD' WHEN (k::bigint * 31) % 1000 < 919 THEN 'PD'
       WHEN (k::bigint * 31) % 1000 < 943 THEN 'SPLD' WHEN (k::bigint * 31) % 1000 < 957 THEN 'HI' WHEN (k::bigint * 31) % 1000 < 970 THEN 'PMLD'
       WHEN (k::bigint * 31) % 1000 < 982 THEN 'OTH' WHEN (k::bigint * 31) % 1000 < 990 THEN 'VI' WHEN (k::bigint * 31) % 1000 < 993 THEN 'MSI' ELSE 'DS' END,
  md5('setting' || ((1 + k % :areas) - 1 + :areas * ((k / :areas) % 90)))::uuid,
  k % 3 <> 0, 'WBRI'
FROM generate_series(0, :children - 1) k;

-- Cases: one per plan child (plan in force or ceased) plus requests refused or in progress for 1 in 12 others.
INSERT INTO "Cases" ("Id", "AreaId", "ChildId", "Reference", "Stage", "RequestedBy", "RequestReceived", "DecisionToAssessOn",
  "AgreedToAssess", "FinalIssuedOn", "LatestPlanIssuedOn", "NamedSettingId", "LastReviewOn", "CeasedOn", "CeaseReason",
  "FamilyConfirmedNoFurtherComments", "Version", "CaseworkerId")
SELECT md5('case' || k)::uuid, md5('area' || (1 + k % :areas))::uuid, md5('child' || k)::uuid, 'C-' || k,
  CASE WHEN k % 3 <> 0 THEN (CASE WHEN k % 5 = 0 THEN 'Assessing' ELSE 'NotAssessed' END) WHEN k % 70 = 0 THEN 'Ceased' ELSE 'PlanIssued' END,
  (ARRAY['Parent','Parent','Setting','Professional','YoungPerson'])[1 + k % 5],
  r.received, r.received + 35 + k % 20, k % 3 = 0 OR k % 5 = 0,
  CASE WHEN k % 3 = 0 THEN r.received + CASE WHEN k % 100 < 46 THEN 100 + k % 40 ELSE 141 + k % 60 END END,
  CASE WHEN k % 3 = 0 THEN r.received + CASE WHEN k % 100 < 46 THEN 100 + k % 40 ELSE 141 + k % 60 END END,
  CASE WHEN k % 3 = 0 THEN md5('setting' || ((1 + k % :areas) - 1 + :areas * ((k / :areas) % 90)))::uuid END,
  CASE WHEN k % 3 = 0 AND r.received < DATE '2025-01-01' THEN DATE '2026-03-02' - (k % 420) END,
  CASE WHEN k % 3 = 0 AND k % 70 = 0 THEN DATE '2026-03-02' - (k % 300) END,
  CASE WHEN k % 3 = 0 AND k % 70 = 0 THEN 1 + k % 4 END,
  false, md5('v' || k)::uuid, NULL
FROM generate_series(0, :children - 1) k
CROSS JOIN LATERAL (SELECT DATE '2026-03-02' - (200 + (k::bigint * 13) % 2400)::int AS received) r
WHERE k % 3 = 0 OR k % 12 = 1;

-- Advice: education and health for every case requested in the last 3 years.
INSERT INTO "AdviceRequests" ("Id", "CaseId", "Source", "RequestedOn", "ReceivedOn")
SELECT md5('advice' || c."Id" || s)::uuid, c."Id", s, c."DecisionToAssessOn" + 1,
  c."DecisionToAssessOn" + 20 + (abs(hashtext(c."Id"::text)) % 40)
FROM "Cases" c CROSS JOIN unnest(ARRAY['Education', 'Health']) s
WHERE c."AgreedToAssess" AND c."RequestReceived" > DATE '2023-03-01';
ANALYZE;
