namespace TableImport.Hosting.Tests;

/// <summary>One identity for "the same job": the table as the server reports it, with unreported coordinates agreeing.</summary>
public sealed class JobIdentityTests
{
    [Fact]
    public void Snowflake_tables_in_two_databases_are_one_identity_because_Arize_reports_only_the_table_name()
    {
        var sales = TableImportJobIdentity.Of(Jobs.SnowflakeScores("Contoso.SalesScores", "SALES"));
        var marketing = TableImportJobIdentity.Of(Jobs.SnowflakeScores("Contoso.MarketingScores", "MARKETING"));

        Assert.Equal(sales, marketing);
        Assert.Equal(sales.GetHashCode(), marketing.GetHashCode());
        Assert.Equal("'scores' (Production, Snowflake table 'SCORES')", sales.ToString());
    }

    [Fact]
    public void BigQuery_tables_in_two_datasets_are_two_identities()
    {
        var scoring = TableImportJobIdentity.Of(Jobs.Fraud());
        var other = Jobs.Fraud();
        other.BigQueryTableConfig!.Dataset = "archive";

        Assert.NotEqual(scoring, TableImportJobIdentity.Of(other));
        Assert.False(scoring.Matches(TableImportJobIdentity.Of(other)));
        Assert.Equal("'fraud-detector' (Production, BigQuery table 'contoso-ml.scoring.transactions')", scoring.ToString());
    }

    [Fact]
    public void A_coordinate_the_server_leaves_out_matches_any_but_a_reported_one_must_agree()
    {
        var declared = TableImportJobIdentity.Of(Jobs.Fraud());

        Assert.True(declared.Matches(new TableImportJobIdentity("fraud-detector", ModelEnvironment.Production, TableStore.BigQuery, "transactions", null, null)));
        Assert.True(declared.Matches(new TableImportJobIdentity("fraud-detector", ModelEnvironment.Production, TableStore.BigQuery, "transactions", "contoso-ml", "")));
        Assert.False(declared.Matches(new TableImportJobIdentity("fraud-detector", ModelEnvironment.Production, TableStore.BigQuery, "transactions", "other-project", null)));
        // The table name is always reported: a job without it is not this one.
        Assert.False(declared.Matches(new TableImportJobIdentity("fraud-detector", ModelEnvironment.Production, TableStore.BigQuery, null, "contoso-ml", "scoring")));
        Assert.False(declared.Matches(new TableImportJobIdentity("fraud-detector", ModelEnvironment.Training, TableStore.BigQuery, "transactions")));
    }

    [Fact]
    public void A_project_or_dataset_given_for_another_store_is_not_part_of_its_identity()
    {
        var snowflake = new TableImportJobIdentity("m", ModelEnvironment.Production, TableStore.Snowflake, "T", "p", "d");

        Assert.Null(snowflake.ProjectId);
        Assert.Null(snowflake.Dataset);
        Assert.Equal(new TableImportJobIdentity("m", ModelEnvironment.Production, TableStore.Snowflake, "T"), snowflake);
    }

    [Fact]
    public void The_catalog_keeps_one_of_a_declaration_added_twice_and_both_of_two_declarations_of_one_identity()
    {
        var catalog = new TableImportJobCatalog();
        var sales = Jobs.SnowflakeScores("Contoso.SalesScores", "SALES");
        catalog.Add([sales, Jobs.SnowflakeScores("Contoso.SalesScores", "SALES"), sales, Jobs.SnowflakeScores("Contoso.MarketingScores", "MARKETING")]);

        var jobs = catalog.Jobs(includeDeclared: false);

        Assert.Equal(["Contoso.SalesScores", "Contoso.MarketingScores"], jobs.Select(j => j.JobTypeName));
    }
}
