using System.Buffers.Text;
using System.Text;

namespace TableImport.Emulator.State;

/// <summary>
/// Opaque ids and cursors. They are base64url of a typed prefix, so clients cannot mistake one kind for another and
/// the emulator can tell a job's node id from a space id.
/// </summary>
internal static class GlobalIds
{
    private const string JobPrefix = "TableImportJob:";

    public static string ForJob(string jobId) => Encode(JobPrefix + jobId);

    public static string ForModel(string spaceId, string modelName) => Encode("Model:" + spaceId + "/" + modelName);

    public static bool TryParseJob(string id, out string jobId)
    {
        jobId = "";
        var text = Decode(id);
        if (text is null || !text.StartsWith(JobPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        jobId = text[JobPrefix.Length..];
        return jobId.Length > 0;
    }

    public static string Cursor(string kind, long position) => Encode(kind + ":" + position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static bool TryParseCursor(string kind, string cursor, out long position)
    {
        position = 0;
        var text = Decode(cursor);
        return text is not null
            && text.StartsWith(kind + ":", StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(kind.Length + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out position);
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string? Decode(string text)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
