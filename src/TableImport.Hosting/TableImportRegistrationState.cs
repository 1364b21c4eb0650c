using TableImport.Hosting.Registration;

namespace TableImport.Hosting;

/// <summary>The outcome of the last start-up registration, for the health check and for the application.</summary>
public sealed class TableImportRegistrationState
{
    private volatile RegistrationReport? last;

    /// <summary>The last report, or null while registration has not finished.</summary>
    public RegistrationReport? LastReport => last;

    internal void Complete(RegistrationReport report) => last = report;
}
