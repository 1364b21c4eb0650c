using TableImport;

namespace TableImport.Sample.Jobs;

/// <summary>
/// A search-ranking model's results in Snowflake, whose unquoted column names are upper case. Features and tags are
/// listed member by member.
/// </summary>
[TableImportJob("search-ranking", ModelType.Ranking, ModelEnvironment.Production, ColumnNaming = ColumnNaming.UpperSnakeCase)]
[SnowflakeTable("acme-prod", "SEARCH", "RANKING", "RESULTS")]
public sealed partial class SearchRanking
{
    /// <summary>One shown result.</summary>
    [PredictionId] public string ResultId { get; set; } = "";

    /// <summary>The search the result belongs to.</summary>
    [PredictionGroupId] public string SearchId { get; set; } = "";

    /// <summary>Its position, 1 to 100.</summary>
    [Rank] public int Position { get; set; }

    /// <summary>The ranker's score.</summary>
    [PredictionScore] public double Score { get; set; }

    /// <summary>Whether the user clicked it.</summary>
    [RelevanceLabel] public string Clicked { get; set; } = "";

    /// <summary>When the result was shown.</summary>
    [PredictionTimestamp] public DateTime ShownAt { get; set; }

    /// <summary>When the row last changed.</summary>
    [ChangeTimestamp] public DateTime ChangedAt { get; set; }

    /// <summary>The query's length in words.</summary>
    [Feature] public int QueryLength { get; set; }

    /// <summary>The result's price.</summary>
    [Feature] public double Price { get; set; }

    /// <summary>The storefront, a tag.</summary>
    [Tag] public string Storefront { get; set; } = "";

    /// <summary>Used by the app only.</summary>
    [NotImported] public string? DebugInfo { get; set; }
}
