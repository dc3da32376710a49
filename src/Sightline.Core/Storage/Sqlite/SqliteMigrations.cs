using Microsoft.Data.Sqlite;

namespace Sightline.Storage.Sqlite;

/// <summary>
/// The versioned schema of the SQLite store. Each migration runs once, in order, inside a transaction,
/// and is recorded in <c>schema_migrations</c>; opening a store applies the ones it lacks.
/// Never edit a released migration: add the next one.
/// </summary>
public static class SqliteMigrations
{
    private static readonly (int Version, string Name, string Sql)[] All =
    [
        (1, "lists and versioned entries", """
            CREATE TABLE lists (
                name TEXT PRIMARY KEY,
                active_version_id INTEGER
            );
            CREATE TABLE list_versions (
                id INTEGER PRIMARY KEY,
                list TEXT NOT NULL REFERENCES lists(name),
                number INTEGER NOT NULL,
                format TEXT NOT NULL,
                location TEXT NOT NULL,
                published_at TEXT,
                imported_at TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                persons INTEGER NOT NULL,
                organizations INTEGER NOT NULL,
                vessels INTEGER NOT NULL,
                aircraft INTEGER NOT NULL,
                warnings TEXT NOT NULL,
                UNIQUE (list, number)
            );
            -- Entry contents are stored once per distinct content: unchanged entries of later versions share them.
            CREATE TABLE entry_payloads (
                hash TEXT PRIMARY KEY,
                payload TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE version_entries (
                version_id INTEGER NOT NULL REFERENCES list_versions(id),
                entry_id TEXT NOT NULL,
                schema TEXT NOT NULL,
                name TEXT NOT NULL,
                hash TEXT NOT NULL,
                PRIMARY KEY (version_id, entry_id)
            ) WITHOUT ROWID;
            CREATE TABLE entry_first_seen (
                list TEXT NOT NULL,
                entry_id TEXT NOT NULL,
                version_id INTEGER NOT NULL REFERENCES list_versions(id),
                PRIMARY KEY (list, entry_id)
            ) WITHOUT ROWID;
            """),
        (2, "knowledge base: documents, mentions, claims, entities, list links, meeting events", """
            -- One row a document key; a new version of the document replaces its row, mentions and claims.
            CREATE TABLE kb_documents (
                key TEXT PRIMARY KEY,
                version TEXT NOT NULL,
                path TEXT NOT NULL,
                title TEXT,
                publisher TEXT,
                published TEXT,
                language TEXT,
                status TEXT NOT NULL,          -- ingested | failed
                diagnostic TEXT,
                ingested_at TEXT NOT NULL
            );
            CREATE TABLE kb_entities (
                id TEXT PRIMARY KEY,
                schema TEXT NOT NULL,          -- Person | Organization
                name TEXT NOT NULL
            );
            -- Every name an entity was seen under, with the document that used it.
            CREATE TABLE kb_names (
                entity_id TEXT NOT NULL REFERENCES kb_entities(id),
                name TEXT NOT NULL,
                norm TEXT NOT NULL,
                document_key TEXT NOT NULL,
                PRIMARY KEY (entity_id, name, document_key)
            ) WITHOUT ROWID;
            CREATE INDEX kb_names_norm ON kb_names(norm);
            CREATE INDEX kb_names_document ON kb_names(document_key);
            -- The phonetic key of every name token, so that a name in any spelling finds its entities without a scan.
            CREATE TABLE kb_name_keys (
                key TEXT NOT NULL,
                entity_id TEXT NOT NULL REFERENCES kb_entities(id),
                PRIMARY KEY (key, entity_id)
            ) WITHOUT ROWID;
            CREATE TABLE kb_mentions (
                document_key TEXT NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                type TEXT NOT NULL,
                text TEXT NOT NULL,
                sentence INTEGER NOT NULL,
                chain INTEGER NOT NULL,
                entity_id TEXT,
                PRIMARY KEY (document_key, start)
            ) WITHOUT ROWID;
            CREATE INDEX kb_mentions_entity ON kb_mentions(entity_id);
            -- Claims of every kind; subject and object are the entities the claim is about (a meeting's parties are in kb_claim_parties).
            CREATE TABLE kb_claims (
                id TEXT PRIMARY KEY,
                document_key TEXT NOT NULL,
                kind TEXT NOT NULL,            -- meeting | role | family | sanctions
                subject_id TEXT,
                object_id TEXT,
                label TEXT,                    -- the role title, the relation, or the sanctions authority
                label_norm TEXT,
                date_value TEXT,
                date_start TEXT,
                date_end TEXT,
                sentence INTEGER NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                evidence TEXT NOT NULL,
                attributed_to TEXT NOT NULL,
                confidence REAL NOT NULL,
                status TEXT NOT NULL DEFAULT 'unreviewed',
                payload TEXT NOT NULL
            );
            CREATE INDEX kb_claims_document ON kb_claims(document_key);
            CREATE INDEX kb_claims_subject ON kb_claims(subject_id, kind);
            CREATE INDEX kb_claims_object ON kb_claims(object_id, kind);
            CREATE INDEX kb_claims_label ON kb_claims(kind, label_norm);
            CREATE TABLE kb_claim_parties (
                claim_id TEXT NOT NULL REFERENCES kb_claims(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                party_key TEXT NOT NULL,       -- the entity id, or office:<title> for an office-holder
                entity_id TEXT,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                via TEXT NOT NULL,
                PRIMARY KEY (claim_id, position)
            ) WITHOUT ROWID;
            CREATE INDEX kb_claim_parties_entity ON kb_claim_parties(entity_id);
            CREATE TABLE kb_events (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                date_value TEXT,
                date_start TEXT,
                date_end TEXT,
                place TEXT,
                reports INTEGER NOT NULL,
                sources INTEGER NOT NULL
            );
            CREATE INDEX kb_events_date ON kb_events(date_start);
            CREATE TABLE kb_event_claims (
                claim_id TEXT PRIMARY KEY REFERENCES kb_claims(id) ON DELETE CASCADE,
                event_id TEXT NOT NULL REFERENCES kb_events(id)
            ) WITHOUT ROWID;
            CREATE INDEX kb_event_claims_event ON kb_event_claims(event_id);
            CREATE TABLE kb_event_parties (
                event_id TEXT NOT NULL REFERENCES kb_events(id),
                party_key TEXT NOT NULL,
                entity_id TEXT,
                name TEXT NOT NULL,
                PRIMARY KEY (event_id, party_key)
            );
            CREATE INDEX kb_event_parties_party ON kb_event_parties(party_key);
            -- Links and candidate links from entities to list entries. state: automatic | confirmed | candidate | rejected.
            CREATE TABLE kb_links (
                entity_id TEXT NOT NULL REFERENCES kb_entities(id),
                list TEXT NOT NULL,
                list_id TEXT NOT NULL,
                score REAL NOT NULL,
                state TEXT NOT NULL,
                matched_name TEXT NOT NULL,
                reason TEXT NOT NULL,
                PRIMARY KEY (entity_id, list, list_id)
            ) WITHOUT ROWID;
            CREATE INDEX kb_links_entry ON kb_links(list, list_id);
            """),
        (3, "meeting events by pair of parties", """
            -- Every pair of an event's parties (keys joined by U+001F, the smaller first): a new meeting claim finds the
            -- events it may join by its own pairs, without reading every event of a much-met party.
            CREATE TABLE kb_event_pairs (
                pair TEXT NOT NULL,
                event_id TEXT NOT NULL REFERENCES kb_events(id),
                PRIMARY KEY (pair, event_id)
            ) WITHOUT ROWID;
            CREATE INDEX kb_event_pairs_event ON kb_event_pairs(event_id);
            INSERT INTO kb_event_pairs (pair, event_id)
            SELECT a.party_key || char(31) || b.party_key, a.event_id
            FROM kb_event_parties a JOIN kb_event_parties b ON b.event_id = a.event_id AND a.party_key < b.party_key;
            """),
        (4, "alerts, webhooks, watches and analysts' decisions", """
            CREATE TABLE kb_watches (
                entity_id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                user TEXT NOT NULL,
                added_at TEXT NOT NULL
            );
            -- One alert per rule and subject (an event, an entity in a document, a list change); a new report of the
            -- same meeting raises its revision instead of a new alert.
            CREATE TABLE alerts (
                id TEXT PRIMARY KEY,
                rule TEXT NOT NULL,              -- sanctioned-meeting | watched-meeting | watched-mention | designated | delisted
                subject TEXT NOT NULL,
                summary TEXT NOT NULL,
                payload TEXT NOT NULL,           -- JSON, as delivered
                revision INTEGER NOT NULL,
                raised_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                acknowledged_by TEXT,
                acknowledged_at TEXT,
                UNIQUE (rule, subject)
            );
            CREATE INDEX alerts_updated ON alerts(updated_at);
            -- What the alert rules last saw of an entity's sanctions (its links and earliest dated statement): when it
            -- changes, the entity's earlier meetings are looked at again.
            CREATE TABLE alert_entity_status (
                entity_id TEXT PRIMARY KEY,
                fingerprint TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE webhooks (
                url TEXT PRIMARY KEY,
                added_at TEXT NOT NULL
            );
            -- The outbox: one row per alert revision and webhook. state: pending | delivered | dead (the dead letters).
            CREATE TABLE alert_deliveries (
                alert_id TEXT NOT NULL REFERENCES alerts(id),
                revision INTEGER NOT NULL,
                url TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at TEXT NOT NULL,
                last_error TEXT,
                delivered_at TEXT,
                PRIMARY KEY (alert_id, revision, url)
            ) WITHOUT ROWID;
            CREATE INDEX alert_deliveries_due ON alert_deliveries(state, next_attempt_at);
            -- Every analyst's decision: who, when, why, on what. The decisions' effects live on the rows they change
            -- (claim status, link state) and in the merge and split tables, which ingestion consults.
            CREATE TABLE kb_decisions (
                id INTEGER PRIMARY KEY,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                detail TEXT NOT NULL,
                user TEXT NOT NULL,
                reason TEXT NOT NULL,
                decided_at TEXT NOT NULL
            );
            CREATE TABLE kb_entity_merges (
                from_id TEXT PRIMARY KEY,
                into_id TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE kb_entity_splits (
                entity_id TEXT NOT NULL,
                document_key TEXT NOT NULL,
                new_id TEXT NOT NULL,
                PRIMARY KEY (entity_id, document_key)
            ) WITHOUT ROWID;
            """),
        (5, "a party's meetings by date", """
            -- The event's first day on each of its parties, so a profile takes a party's newest meetings from an index
            -- instead of reading and sorting every meeting of a much-met party.
            ALTER TABLE kb_event_parties ADD COLUMN date_start TEXT;
            UPDATE kb_event_parties SET date_start = (SELECT e.date_start FROM kb_events e WHERE e.id = kb_event_parties.event_id);
            CREATE INDEX kb_event_parties_party_date ON kb_event_parties(party_key, date_start);
            """),
        (6, "the text of each document", """
            -- The normalised text the mention and claim spans point into, so a document can be shown as it was read
            -- even when its file has moved or changed (an uploaded report has no file of its own).
            -- The id is StableIds.Document(key): a short, URL-safe name for a key that is often a URL or a path.
            CREATE TABLE kb_document_texts (
                document_key TEXT PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                text TEXT NOT NULL
            );
            """),
        (7, "list link tiers", """
            -- A link's tier, derived from its state: confirmed (an analyst's), automatic (the reports agree with the entry),
            -- probable (a distinctive name and nothing against it). Candidates and rejected links have none: a row with a
            -- tier counts as a link everywhere (status on a meeting's date, alerts, exports, the API).
            ALTER TABLE kb_links ADD COLUMN tier TEXT GENERATED ALWAYS AS (CASE WHEN state IN ('confirmed', 'automatic', 'probable') THEN state END) VIRTUAL;
            CREATE INDEX kb_links_state ON kb_links(state, list, list_id);
            """),
        (8, "documents by text", """
            -- A report's version is the hash of its normalised text: the same text under another name is found by it and
            -- not stored twice (three copies of one sentence are one source, not three).
            CREATE INDEX kb_documents_version ON kb_documents(version);
            """),
        (9, "webhook secrets and private targets", """
            -- Each hook signs its bodies with a secret of its own (HMAC-SHA256). Hooks added before get a new random secret;
            -- adding the address again makes and shows a fresh one. allow_private: an admin let this hook reach loopback,
            -- private or link-local addresses; hooks added before do not have it.
            ALTER TABLE webhooks ADD COLUMN secret TEXT NOT NULL DEFAULT '';
            ALTER TABLE webhooks ADD COLUMN allow_private INTEGER NOT NULL DEFAULT 0;
            UPDATE webhooks SET secret = lower(hex(randomblob(32)));
            """),
        (10, "API keys", """
            -- The credentials the server accepts as Authorization: Bearer (ADR-027). Only the SHA-256 of a key is kept; the id
            -- is public (sightline keys list, revoke). name is whom decisions made with the key are recorded under; role is
            -- reader | analyst | admin. A revoked key stays on record.
            CREATE TABLE access_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                secret_hash TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                revoked_at TEXT
            );
            """),
        (11, "reports known by address or text, never by a local path", """
            -- A report's key is its address, else text: and the hash of its normalised text (ADR-032). path is the file as
            -- shown, relative to the folder ingested; location is where it was read, kept only to read it again
            -- (ingest --retry-failed) and never shown; text_hash finds the same text under another key; source_url is
            -- the address the report gives. SqliteDocumentRekeying gives the stored reports their new keys.
            ALTER TABLE kb_documents ADD COLUMN text_hash TEXT;
            ALTER TABLE kb_documents ADD COLUMN location TEXT;
            ALTER TABLE kb_documents ADD COLUMN source_url TEXT;
            CREATE INDEX kb_documents_text ON kb_documents(text_hash);
            """),
        (12, "analysts' notes and cases", """
            -- Notes an analyst attaches to an entity (P-/O-), a meeting event (M-) or a report (D-), ADR-036. Editing keeps
            -- every earlier text in kb_note_revisions; deleting marks the note and keeps its history. Both are audited.
            CREATE TABLE kb_notes (
                id TEXT PRIMARY KEY,
                target_kind TEXT NOT NULL,     -- entity | meeting | document
                target TEXT NOT NULL,
                text TEXT NOT NULL,
                author TEXT NOT NULL,
                created_at TEXT NOT NULL,
                edited_by TEXT,
                edited_at TEXT,
                deleted_by TEXT,
                deleted_at TEXT
            );
            CREATE INDEX kb_notes_target ON kb_notes(target, created_at);
            CREATE TABLE kb_note_revisions (
                note_id TEXT NOT NULL REFERENCES kb_notes(id),
                revision INTEGER NOT NULL,
                text TEXT NOT NULL,
                author TEXT NOT NULL,
                written_at TEXT NOT NULL,
                PRIMARY KEY (note_id, revision)
            ) WITHOUT ROWID;
            -- A named case gathering entities, reports and meetings; members are kept by their page id.
            CREATE TABLE kb_cases (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE kb_case_members (
                case_id TEXT NOT NULL REFERENCES kb_cases(id),
                member TEXT NOT NULL,
                kind TEXT NOT NULL,            -- entity | meeting | document
                added_by TEXT NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (case_id, member)
            ) WITHOUT ROWID;
            CREATE INDEX kb_case_members_member ON kb_case_members(member);
            """),
        (13, "full-text search of reports and names", """
            -- ADR-040. Reports: each report with a kept text gets a row number in kb_search_document_rows, and under it
            -- the words of its title and text (SearchTerms, cut by Sightline, never by a tokenizer, so that every store
            -- finds the same) in the FTS5 table kb_search_documents (not contentless: SQLite tools before 3.43 could not read it). The writer of a kept text writes them
            -- (SqliteSearchIndex); this migration fills them for the reports stored before.
            CREATE TABLE kb_search_document_rows (
                id INTEGER PRIMARY KEY,
                document_key TEXT NOT NULL UNIQUE
            );
            CREATE VIRTUAL TABLE kb_search_documents USING fts5(title, body, detail=column, tokenize='ascii');
            -- Names: each distinct comparable name (kb_names.norm) of each entity once, in a trigram index that finds a
            -- part of a name (LIKE '%khaz%'). Triggers keep it in step with kb_names, whoever writes it.
            CREATE TABLE kb_search_name_rows (
                id INTEGER PRIMARY KEY,
                entity_id TEXT NOT NULL,
                norm TEXT NOT NULL,
                UNIQUE (entity_id, norm)
            );
            CREATE VIRTUAL TABLE kb_search_names USING fts5(norm, content='kb_search_name_rows', content_rowid='id', tokenize='trigram');
            CREATE TRIGGER kb_search_name_rows_insert AFTER INSERT ON kb_search_name_rows BEGIN
                INSERT INTO kb_search_names (rowid, norm) VALUES (new.id, new.norm);
            END;
            CREATE TRIGGER kb_search_name_rows_delete AFTER DELETE ON kb_search_name_rows BEGIN
                INSERT INTO kb_search_names (kb_search_names, rowid, norm) VALUES ('delete', old.id, old.norm);
            END;
            CREATE TRIGGER kb_names_search_insert AFTER INSERT ON kb_names BEGIN
                INSERT INTO kb_search_name_rows (entity_id, norm) SELECT new.entity_id, new.norm
                WHERE NOT EXISTS (SELECT 1 FROM kb_search_name_rows WHERE entity_id = new.entity_id AND norm = new.norm);
            END;
            CREATE TRIGGER kb_names_search_delete AFTER DELETE ON kb_names BEGIN
                DELETE FROM kb_search_name_rows WHERE entity_id = old.entity_id AND norm = old.norm
                    AND NOT EXISTS (SELECT 1 FROM kb_names WHERE entity_id = old.entity_id AND norm = old.norm);
            END;
            CREATE TRIGGER kb_names_search_update AFTER UPDATE OF entity_id, norm ON kb_names BEGIN
                DELETE FROM kb_search_name_rows WHERE entity_id = old.entity_id AND norm = old.norm
                    AND NOT EXISTS (SELECT 1 FROM kb_names WHERE entity_id = old.entity_id AND norm = old.norm);
                INSERT INTO kb_search_name_rows (entity_id, norm) SELECT new.entity_id, new.norm
                WHERE NOT EXISTS (SELECT 1 FROM kb_search_name_rows WHERE entity_id = new.entity_id AND norm = new.norm);
            END;
            INSERT INTO kb_search_name_rows (entity_id, norm) SELECT DISTINCT entity_id, norm FROM kb_names;
            """),
        (14, "meeting event pairs by date; documents by the file they were read from", """
            -- ADR-044. Each pair row carries its event's start date when the event spans at most 366 days (NULL when it is
            -- undated or longer), so that a dated claim reads only its pairs' events near its date (DatedPairs).
            ALTER TABLE kb_event_pairs ADD COLUMN bounded_start TEXT;
            UPDATE kb_event_pairs SET bounded_start = (SELECT CASE WHEN julianday(e.date_end) - julianday(e.date_start) < 366 THEN e.date_start END
                FROM kb_events e WHERE e.id = kb_event_pairs.event_id);
            CREATE INDEX kb_event_pairs_pair_date ON kb_event_pairs(pair, bounded_start);
            -- Each report's ingestion looks up the documents read from its file (failures to forget, an earlier version
            -- known by its text), which read the whole table without this index.
            CREATE INDEX kb_documents_location ON kb_documents(location);
            """),
        (15, "uploads waiting for a worker", """
            -- ADR-043: an upload's bytes, kept for the worker that ingests it; a job carries only the key.
            CREATE TABLE kb_uploads (
                key TEXT PRIMARY KEY,
                file_name TEXT NOT NULL,
                bytes BLOB NOT NULL,
                received_at TEXT NOT NULL,
                state TEXT NOT NULL,
                outcome TEXT,
                finished_at TEXT
            );
            """),
    ];

    /// <summary>What a migration does beyond its SQL, in its transaction, after the SQL.</summary>
    private static readonly Dictionary<int, Action<SqliteConnection, SqliteTransaction>> Steps = new()
    {
        [11] = SqliteDocumentRekeying.Apply,
        [13] = SqliteSearchIndex.Backfill,
    };

    /// <summary>The schema version a fully migrated store has.</summary>
    public static int Latest => All[^1].Version;

    public static void Apply(SqliteConnection connection, DateTimeOffset now) => Apply(connection, now, Latest);

    private static void Apply(SqliteConnection connection, DateTimeOffset now, int upTo)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        var current = Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Latest)
            throw new InvalidOperationException($"the database has schema version {current}, newer than this Sightline knows ({Latest}); upgrade Sightline");

        foreach (var (version, name, sql) in All.Where(m => m.Version > current && m.Version <= upTo))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, sql);
            if (Steps.TryGetValue(version, out var step)) step(connection, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$n", name);
            record.Parameters.AddWithValue("$t", now.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>Applies the migrations up to <paramref name="version"/> only: how a test builds a database of an older build.</summary>
    internal static void ApplyUpTo(SqliteConnection connection, int version, DateTimeOffset now) => Apply(connection, now, version);

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
