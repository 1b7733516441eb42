namespace TellItOnce.Data;

/// <summary>
/// The Local Offer's full-text index (and the name and place indexes on the details columns, which EF cannot index as
/// complex-type columns), outside the EF model because each provider does it its own way; the LocalOffer
/// migrations run these statements (docs/adr/0010-local-offer-search-and-place.md). Both index the one column
/// LocalOfferServices.SearchText, which the application writes on every publish, so both providers see the same words.
/// </summary>
public static class LocalOfferFullText
{
    /// <summary>SQLite: an FTS5 table with the Porter stemmer, kept in step with the services table by triggers.</summary>
    public static readonly string[] SqliteUp =
    [
        "CREATE VIRTUAL TABLE LocalOfferSearch USING fts5(ServiceId UNINDEXED, SearchText, tokenize = 'porter unicode61 remove_diacritics 2');",
        "INSERT INTO LocalOfferSearch (ServiceId, SearchText) SELECT Id, SearchText FROM LocalOfferServices;",
        """
        CREATE TRIGGER LocalOfferSearch_Insert AFTER INSERT ON LocalOfferServices BEGIN
            INSERT INTO LocalOfferSearch (ServiceId, SearchText) VALUES (NEW.Id, NEW.SearchText);
        END;
        """,
        """
        CREATE TRIGGER LocalOfferSearch_Update AFTER UPDATE OF SearchText ON LocalOfferServices BEGIN
            DELETE FROM LocalOfferSearch WHERE ServiceId = OLD.Id;
            INSERT INTO LocalOfferSearch (ServiceId, SearchText) VALUES (NEW.Id, NEW.SearchText);
        END;
        """,
        """
        CREATE TRIGGER LocalOfferSearch_Delete AFTER DELETE ON LocalOfferServices BEGIN
            DELETE FROM LocalOfferSearch WHERE ServiceId = OLD.Id;
        END;
        """,
        "CREATE INDEX IX_LocalOfferServices_Name ON LocalOfferServices (Details_Name COLLATE BINARY, Id);",
        "CREATE INDEX IX_LocalOfferServices_Place ON LocalOfferServices (Details_Latitude, Details_Longitude);",
    ];

    public static readonly string[] SqliteDown =
    [
        "DROP INDEX IF EXISTS IX_LocalOfferServices_Name;",
        "DROP INDEX IF EXISTS IX_LocalOfferServices_Place;",
        "DROP TRIGGER IF EXISTS LocalOfferSearch_Insert;",
        "DROP TRIGGER IF EXISTS LocalOfferSearch_Update;",
        "DROP TRIGGER IF EXISTS LocalOfferSearch_Delete;",
        "DROP TABLE IF EXISTS LocalOfferSearch;",
    ];

    /// <summary>PostgreSQL: a stored generated tsvector (English stemming) with a GIN index; the database keeps it current.</summary>
    public static readonly string[] PostgresUp =
    [
        """ALTER TABLE "LocalOfferServices" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "SearchText")) STORED;""",
        """CREATE INDEX "IX_LocalOfferServices_SearchVector" ON "LocalOfferServices" USING GIN ("SearchVector");""",
        """CREATE INDEX "IX_LocalOfferServices_Name" ON "LocalOfferServices" ("Details_Name" COLLATE "C", "Id");""",
        """CREATE INDEX "IX_LocalOfferServices_Place" ON "LocalOfferServices" ("Details_Latitude", "Details_Longitude");""",
    ];

    public static readonly string[] PostgresDown =
    [
        """DROP INDEX IF EXISTS "IX_LocalOfferServices_Name";""",
        """DROP INDEX IF EXISTS "IX_LocalOfferServices_Place";""",
        """DROP INDEX IF EXISTS "IX_LocalOfferServices_SearchVector";""",
        """ALTER TABLE "LocalOfferServices" DROP COLUMN IF EXISTS "SearchVector";""",
    ];
}
