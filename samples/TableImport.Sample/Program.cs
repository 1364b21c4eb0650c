using TableImport.Generated;

// Every job this app declares, as the generator wrote them at compile time: no reflection, no scanning.
foreach (var job in TableImportJobs.All)
{
    Console.WriteLine(job);
    var schema = job.Schema;
    Console.WriteLine($"  predictionId={schema.PredictionId} timestamp={schema.Timestamp} changeTimestamp={schema.ChangeTimestamp}");
    Console.WriteLine($"  features={schema.Features ?? "[" + string.Join(", ", schema.FeaturesList ?? []) + "]"}"
                      + $" tags={schema.Tags ?? "[" + string.Join(", ", schema.TagsList ?? []) + "]"}");
}

Console.WriteLine($"Column of SearchRanking.SearchId: {TableImport.Sample.Jobs.SearchRanking.Columns.SearchId}");
