namespace TableImport.Emulator.Model;

/// <summary>A space: any id names one, created on first use. Its jobs are resolved by the schema.</summary>
internal sealed record Space(string Id)
{
    /// <summary>The emulator has no space names; it answers the id.</summary>
    public string Name => Id;
}
