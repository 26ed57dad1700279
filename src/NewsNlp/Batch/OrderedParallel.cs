using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsNlp.Batch;

/// <summary>
/// Maps a stream of items through a function on several worker threads and hands the results to a sink in
/// input order. At most <c>capacity</c> items are in flight (read but not yet sunk) at any time, so memory
/// stays bounded whatever the input size and however slow one item is: the results wait in a ring of
/// <c>capacity</c> slots until every earlier result has been sunk.
/// </summary>
public static class OrderedParallel
{
    // How often a waiting sink looks for a result no worker woke it for (see Run).
    private const int SinkPollMilliseconds = 5;

    /// <summary>
    /// Reads <paramref name="source"/> on one thread, runs <paramref name="transform"/> on
    /// <paramref name="workers"/> threads and calls <paramref name="sink"/> on the calling thread, in input
    /// order. An exception from any of them stops the run and is rethrown here.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> transform, Action<TOut> sink,
        int workers, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        capacity = Math.Max(capacity, workers);

        var gate = new object();
        var slots = new TOut[capacity];
        var filled = new bool[capacity];
        // Records read but not yet sunk. The reader stops at capacity and resumes only when the sink has
        // brought it down to half: it refills in bursts instead of spinning awake for every record sunk, which
        // would take CPU from the workers when they have every core.
        var room = new object();
        int inFlight = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var work = new BlockingCollection<(long Sequence, TIn Item)>(new ConcurrentQueue<(long, TIn)>());
        long produced = 0;
        bool sourceDone = false;
        // Results waiting for the sink. A worker wakes the sink only when half the ring is ready (or the
        // source has ended): waking a thread is a system call on the worker's time, tens of microseconds on
        // a virtual machine, once per record otherwise. The sink also looks on its own every few
        // milliseconds, so a slow trickle of records is never held back for long.
        int ready = 0;
        int wakeAt = Math.Max(1, capacity / 2);
        ExceptionDispatchInfo? failure = null;

        void Fail(Exception e)
        {
            lock (gate)
            {
                failure ??= ExceptionDispatchInfo.Capture(e);
                Monitor.PulseAll(gate);
            }
            stop.Cancel();
        }

        var readerThread = new Thread(() =>
        {
            try
            {
                long sequence = 0;
                foreach (var item in source)
                {
                    lock (room)
                    {
                        while (inFlight >= capacity)
                        {
                            stop.Token.ThrowIfCancellationRequested();
                            Monitor.Wait(room);
                        }
                        stop.Token.ThrowIfCancellationRequested();
                        inFlight++;
                    }
                    work.Add((sequence++, item));
                    lock (gate) produced = sequence;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e) { Fail(e); }
            finally
            {
                work.CompleteAdding();
                lock (gate) { sourceDone = true; Monitor.PulseAll(gate); }
            }
        }) { IsBackground = true, Name = "batch reader" };

        var workerThreads = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            workerThreads[w] = new Thread(() =>
            {
                try
                {
                    foreach (var (sequence, item) in work.GetConsumingEnumerable(stop.Token))
                    {
                        var result = transform(item);
                        int slot = (int)(sequence % capacity);
                        lock (gate)
                        {
                            slots[slot] = result;
                            filled[slot] = true;
                            if (++ready >= wakeAt || sourceDone) Monitor.PulseAll(gate);
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                catch (Exception e) { Fail(e); }
            }) { IsBackground = true, Name = $"batch worker {w}" };
        }

        // Wake the in-order sink when the run is cancelled from outside.
        using var wake = stop.Token.Register(() =>
        {
            lock (gate) Monitor.PulseAll(gate);
            lock (room) Monitor.PulseAll(room);
        });
        readerThread.Start();
        foreach (var thread in workerThreads) thread.Start();
        try
        {
            for (long next = 0; ; next++)
            {
                int slot = (int)(next % capacity);
                TOut result;
                lock (gate)
                {
                    while (!filled[slot] && failure is null && !(sourceDone && next >= produced) && !stop.IsCancellationRequested)
                        Monitor.Wait(gate, SinkPollMilliseconds);
                    failure?.Throw();
                    if (!filled[slot]) break;
                    result = slots[slot];
                    slots[slot] = default!;
                    filled[slot] = false;
                    ready--;
                }
                lock (room)
                    if (--inFlight <= capacity / 2) Monitor.Pulse(room);
                sink(result);
            }
        }
        catch (Exception e) when (failure is null)
        {
            Fail(e);
            throw;
        }
        finally
        {
            stop.Cancel();
            // A reader blocked on a slow input (a pipe) is abandoned after a grace period; it is a background thread.
            readerThread.Join(TimeSpan.FromSeconds(5));
            foreach (var thread in workerThreads) thread.Join();
        }
        cancellationToken.ThrowIfCancellationRequested();
    }
}
