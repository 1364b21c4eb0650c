namespace TableImport.Client.Tests;

internal static class Test
{
    /// <summary>A token that ends a hung test instead of the test run.</summary>
    public static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
