using System.Buffers;
using System.Diagnostics;

namespace NewsNlp.Batch;

/// <summary>
/// Writes complete output records to a stream: records are gathered into blocks of whole records, and each
/// block goes to the stream in a single write followed by a flush (at least every 64 KiB or every
/// <see cref="FlushInterval"/>). A killed process therefore leaves whole records, except at worst a torn
/// last one, which <see cref="BatchResume"/> trims.
/// </summary>
public sealed class BatchOutputWriter : IDisposable
{
    private const int BlockSize = 64 * 1024;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _pending = new(BlockSize);
    private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();

    /// <summary>Writes to <paramref name="stream"/>, which should be unbuffered (this class buffers whole records).</summary>
    public BatchOutputWriter(Stream stream, bool leaveOpen = false)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _leaveOpen = leaveOpen;
    }

    /// <summary>The longest time a written record waits in memory before it is flushed (default 1 s).</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Queues one complete record (it must end with '\n').</summary>
    public void WriteRecord(ReadOnlySpan<byte> record)
    {
        if (_pending.WrittenCount > 0 && _pending.WrittenCount + record.Length > BlockSize) Flush();
        if (record.Length >= BlockSize)
        {
            _stream.Write(record);
            _stream.Flush();
            _sinceFlush.Restart();
            return;
        }
        _pending.Write(record);
        if (_sinceFlush.Elapsed >= FlushInterval) Flush();
    }

    /// <summary>Writes the queued records in one write, then flushes the stream.</summary>
    public void Flush()
    {
        if (_pending.WrittenCount > 0)
        {
            _stream.Write(_pending.WrittenSpan);
            _pending.Clear();
        }
        _stream.Flush();
        _sinceFlush.Restart();
    }

    /// <summary>Flushes and, unless asked to leave it open, closes the stream.</summary>
    public void Dispose()
    {
        try { Flush(); }
        finally { if (!_leaveOpen) _stream.Dispose(); }
    }
}
