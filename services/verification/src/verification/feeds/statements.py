"""The SQL of feed ingestion (used by repository.py): staging, the direct COPY path's checks, and the
merge into partner records, for PostgreSQL and SQLite. Texts only; when each runs is repository.py's.
"""

INSERT_STAGING = (
    "INSERT INTO feed_staging (line, source, source_record_id, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash) VALUES (:line,"
    " :source, :source_record_id, :person_index, :kind, :type, :amount_yuan,"
    " :effective_on, :period_from, :period_to, :attributes, :content_hash)"
)
# Rows stored as the planner estimates them: from the table's size on disk, at the density last
# measured (or a generous one if never measured), so a stale count cannot make a large table look
# small.
STORED_ROWS = (
    "SELECT (pg_relation_size(c.oid) / 8192.0"
    " * CASE WHEN c.relpages > 0 AND c.reltuples > 0 THEN c.reltuples / c.relpages ELSE 200 END"
    ")::bigint FROM pg_class c WHERE c.oid = 'partner_record'::regclass"
)
# The rows of a chunk (numbered from 1) whose key was stored before this job, and whether with the
# same content (the job's own keys never repeat while direct), as two arrays. The chunk's keys come
# as array literals (repository._array_literal).
STORED_KEYS = (
    "SELECT array_agg(k.n), array_agg(r.content_hash = k.hash) FROM unnest(CAST($1::text AS"
    " text[]), CAST($2::text AS text[]), CAST($3::text AS text[])) WITH ORDINALITY AS"
    " k(source, key, hash, n)"
    " JOIN partner_record r ON r.source = k.source AND r.source_record_id = k.key"
)
MOVE_TO_STAGING = (
    "WITH moved AS (DELETE FROM partner_record WHERE id > :floor AND feed_job_id = :job"
    " RETURNING source,"
    " source_record_id, person_index, kind, type, amount_yuan, effective_on, period_from,"
    " period_to, attributes, content_hash)"
    " INSERT INTO feed_staging (line, source, source_record_id, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash)"
    " SELECT 0, source, source_record_id, person_index, kind, type, amount_yuan, effective_on,"
    " period_from, period_to, attributes, content_hash FROM moved"
)
# Stored keys left alone as unchanged, staged after all (as lines preceding every later one) when
# the feed breaks key order: the merge then decides them with the whole feed, counted once.
UNCHANGED_TO_STAGING = (
    "INSERT INTO feed_staging (line, source, source_record_id, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash)"
    " SELECT 0, r.source, r.source_record_id, r.person_index, r.kind, r.type, r.amount_yuan,"
    " r.effective_on, r.period_from, r.period_to, r.attributes, r.content_hash"
    " FROM feed_staging_unchanged u JOIN partner_record r"
    " ON r.source = u.source AND r.source_record_id = u.source_record_id"
)
# People are handed out once per feed, give or take: one row each, in key order. A plain insert
# (cheaper than ON CONFLICT): single-record writes wait for the merge lock.
ANY_SUBJECT = "SELECT 1 FROM record_subject LIMIT 1"
PG_SUBJECTS = (
    "INSERT INTO record_subject (person_index, id_number, first_seen_at)"
    ' SELECT DISTINCT ON (s.person_index COLLATE "C") s.person_index, s.id_cipher, :now'
    " FROM feed_staging_subject s WHERE NOT EXISTS (SELECT 1 FROM record_subject r"
    ' WHERE r.person_index = s.person_index) ORDER BY s.person_index COLLATE "C"'
)
# Keys already stored: the last staged line of each; where its content differs, the stored version
# goes to the history and the record takes the new content (one statement, one snapshot: the
# history reads the rows as they were before the update).
_SUPERSEDE = (
    "WITH latest AS (SELECT{distinct} r.id AS record_id, r.version AS old_version,"
    " r.person_index AS old_person_index, r.kind AS old_kind, r.type AS old_type,"
    " r.amount_yuan AS old_amount_yuan, r.effective_on AS old_effective_on,"
    " r.period_from AS old_period_from, r.period_to AS old_period_to,"
    " r.attributes AS old_attributes, r.content_hash AS old_content_hash,"
    " r.feed_job_id AS old_feed_job_id, r.updated_at AS old_updated_at, s.*"
    " FROM feed_staging s JOIN partner_record r"
    " ON r.source = s.source AND r.source_record_id = s.source_record_id{order}),"
    " changed AS (SELECT * FROM latest WHERE old_content_hash <> content_hash),"
    " history AS (INSERT INTO partner_record_version (record_id, version, person_index, kind,"
    " type, amount_yuan, effective_on, period_from, period_to, attributes, content_hash,"
    " feed_job_id, received_at, superseded_at) SELECT record_id, old_version, old_person_index,"
    " old_kind, old_type, old_amount_yuan, old_effective_on, old_period_from, old_period_to,"
    " old_attributes, old_content_hash, old_feed_job_id, old_updated_at, :now FROM changed),"
    " updated AS (UPDATE partner_record AS r SET person_index = c.person_index, kind = c.kind,"
    " type = c.type, amount_yuan = c.amount_yuan, effective_on = c.effective_on,"
    " period_from = c.period_from, period_to = c.period_to, attributes = c.attributes,"
    " content_hash = c.content_hash, version = r.version + 1, feed_job_id = :job,"
    " updated_at = :now FROM changed c WHERE r.id = c.record_id RETURNING 1)"
    " SELECT (SELECT count(*) FROM latest), (SELECT count(*) FROM updated)"
)
PG_SUPERSEDE = _SUPERSEDE.format(
    distinct=" DISTINCT ON (r.id)", order=" ORDER BY r.id, s.line DESC"
)
# Staged rows with no repeated key (a feed in key order): each joins its record as it is.
PG_SUPERSEDE_AS_STAGED = _SUPERSEDE.format(distinct="", order="")
# New keys, in key order (the unique index then fills page by page), the last line of each. The
# explicit C collation sorts bytes, which for UTF-8 is the column's code-point order, much faster.
PG_INSERT = (
    "INSERT INTO partner_record (source, source_record_id, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash, version,"
    " feed_job_id, received_at, updated_at)"
    ' SELECT DISTINCT ON (s.source_record_id COLLATE "C", s.source COLLATE "C")'
    " s.source, s.source_record_id, s.person_index, s.kind, s.type, s.amount_yuan,"
    " s.effective_on, s.period_from, s.period_to, s.attributes, s.content_hash, 1, :job, :now,"
    " :now"
    " FROM feed_staging s WHERE NOT EXISTS (SELECT 1 FROM partner_record r"
    " WHERE r.source = s.source AND r.source_record_id = s.source_record_id)"
    ' ORDER BY s.source_record_id COLLATE "C", s.source COLLATE "C", s.line DESC'
)
SQLITE_SUBJECTS = (
    "INSERT INTO record_subject (person_index, id_number, first_seen_at)"
    " SELECT person_index, min(id_cipher), :now FROM feed_staging_subject"
    " GROUP BY person_index ON CONFLICT DO NOTHING"
)
# Within one feed the last line for a key wins: earlier lines for the same key are dropped.
DROP_SUPERSEDED_LINES = (
    "DELETE FROM feed_staging WHERE EXISTS (SELECT 1 FROM feed_staging t"
    " WHERE t.source = feed_staging.source AND t.source_record_id = feed_staging.source_record_id"
    " AND t.line > feed_staging.line)"
)
HISTORY = (
    "INSERT INTO partner_record_version (record_id, version, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash,"
    " feed_job_id, received_at, superseded_at)"
    " SELECT r.id, r.version, r.person_index, r.kind, r.type, r.amount_yuan,"
    " r.effective_on, r.period_from, r.period_to, r.attributes, r.content_hash,"
    " r.feed_job_id, r.updated_at, :now FROM partner_record r, feed_staging s"
    " WHERE r.source = s.source AND r.source_record_id = s.source_record_id"
    " AND r.content_hash <> s.content_hash"
)
UPDATE = (
    "UPDATE partner_record AS r SET person_index = s.person_index, kind = s.kind,"
    " type = s.type, amount_yuan = s.amount_yuan, effective_on = s.effective_on,"
    " period_from = s.period_from, period_to = s.period_to, attributes = s.attributes,"
    " content_hash = s.content_hash, version = r.version + 1, feed_job_id = :job,"
    " updated_at = :now FROM feed_staging s"
    " WHERE r.source = s.source AND r.source_record_id = s.source_record_id"
    " AND r.content_hash <> s.content_hash"
)
INSERT = (
    "INSERT INTO partner_record (source, source_record_id, person_index, kind, type,"
    " amount_yuan, effective_on, period_from, period_to, attributes, content_hash,"
    " version, feed_job_id, received_at, updated_at)"
    " SELECT s.source, s.source_record_id, s.person_index, s.kind, s.type,"
    " s.amount_yuan, s.effective_on, s.period_from, s.period_to, s.attributes,"
    " s.content_hash, 1, :job, :now, :now FROM feed_staging s WHERE NOT EXISTS (SELECT 1"
    " FROM partner_record r WHERE r.source = s.source"
    " AND r.source_record_id = s.source_record_id)"
    " ORDER BY s.source_record_id, s.source"
)
