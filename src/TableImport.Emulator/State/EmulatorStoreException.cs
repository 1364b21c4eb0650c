namespace TableImport.Emulator.State;

/// <summary>
/// Something a client asked of the store that it cannot do: no such job, a deleted job, a bad cursor or value. The
/// GraphQL layer answers it as a top-level error with <see cref="Code"/> as <c>extensions.code</c> and the message
/// verbatim, so the store needs nothing of the transport.
/// </summary>
internal sealed class EmulatorStoreException(string code, string message) : Exception(message)
{
    public const string NotFound = "NOT_FOUND";
    public const string JobDeleted = "JOB_DELETED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidValue = "INVALID_VALUE";
    public const string InvalidOperation = "INVALID_OPERATION";

    /// <summary>A machine-readable reason, e.g. <see cref="NotFound"/>, or a rule's ID when an update breaks a rule.</summary>
    public string Code { get; } = code;
}
