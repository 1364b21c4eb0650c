using System.Buffers;

namespace TableImport.Client.Tests;

public sealed class RequestWriterAllocationTests
{
    [Fact]
    public void Writing_a_create_request_into_a_reused_buffer_allocates_nothing()
    {
        var definition = SeedJobs.ScoredTransaction();
        var buffer = new ArrayBufferWriter<byte>(4096);
        for (var i = 0; i < 100; i++)
        {
            buffer.ResetWrittenCount();
            TableImportRequestWriter.WriteCreateJobRequest(buffer, definition, "space_id", dryRun: false);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            buffer.ResetWrittenCount();
            TableImportRequestWriter.WriteCreateJobRequest(buffer, definition, "space_id", dryRun: true);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1000, $"{allocated} bytes for 1000 requests");
    }
}
