using System.Buffers;
using BenchmarkDotNet.Attributes;
using TableImport.Benchmarks.Jobs;
using TableImport.Client;

namespace TableImport.Benchmarks;

/// <summary>
/// Run time: the body of <c>createTableImportJob</c> for the 30-member <see cref="FraudScores"/> job.
/// <see cref="Generated"/> is what the client does: get the generated definition (a new instance per get) and write it
/// with <see cref="TableImportRequestWriter"/> into a reused buffer. The reflection baselines map the same attributes.
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks
{
    private const string SpaceId = "U3BhY2U6MTIzNDU2Nzg5";
    private readonly ArrayBufferWriter<byte> buffer = new(8192);
    private TableImportJobDefinition definition = null!;

    [GlobalSetup]
    public void Setup() => definition = FraudScores.TableImportJob;

    [Benchmark]
    public int Generated()
    {
        buffer.ResetWrittenCount();
        TableImportRequestWriter.WriteCreateJobRequest(buffer, FraudScores.TableImportJob, SpaceId, dryRun: false);
        return buffer.WrittenCount;
    }

    /// <summary>Serialization alone, the definition read once.</summary>
    [Benchmark]
    public int GeneratedWriteOnly()
    {
        buffer.ResetWrittenCount();
        TableImportRequestWriter.WriteCreateJobRequest(buffer, definition, SpaceId, dryRun: false);
        return buffer.WrittenCount;
    }

    /// <summary>As <see cref="Generated"/>, then copied into a new array of exactly the JSON's length (what a byte[] API would need).</summary>
    [Benchmark]
    public byte[] GeneratedToArray()
    {
        buffer.ResetWrittenCount();
        TableImportRequestWriter.WriteCreateJobRequest(buffer, FraudScores.TableImportJob, SpaceId, dryRun: false);
        return buffer.WrittenSpan.ToArray();
    }

    [Benchmark(Baseline = true)]
    public byte[] Reflection() => ReflectionRequestBuilder.Build(typeof(FraudScores), SpaceId);

    [Benchmark]
    public byte[] ReflectionCachedMapping() => ReflectionRequestBuilder.BuildWithCachedMapping(typeof(FraudScores), SpaceId);
}
