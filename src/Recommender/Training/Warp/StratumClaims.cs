namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>A part of a cell of a <see cref="StratifiedSchedule"/> held by one thread.</summary>
/// <param name="Refresh">True for the course block's first part of the epoch: the dealing laid its draw rows out anew.</param>
internal readonly record struct StratumPart(int UserBlock, int CourseBlock, int Round, bool Refresh);

/// <summary>
/// Hands out an epoch's parts to training threads so that no two threads hold the same user block or course block at
/// once (so they never step the same user or course rows), without a barrier between strata: a thread that finishes a
/// part takes any part whose blocks are free — first of the user blocks it owns (block b belongs to thread index
/// b · threads / blocks, so that within an epoch a user block's rows are written from one thread only instead of
/// following its parts to the other core; another thread's blocks only once its own are done — ADR 0081 measured this
/// together with fewer copied token rows, and keeping an index on one OS thread across epochs added nothing), then the
/// cells with the fewest parts fitted (so every cell advances at about the same pace, and the epoch's order stays close
/// to one shuffle), preferring a course block it held last (that block's draw rows are still in its core's cache).
/// A thread waits only when every part left conflicts with the parts others hold, which happens near an epoch's end;
/// with twice as many blocks as threads, seldom.
/// </summary>
internal sealed class StratumClaims
{
    private readonly int _blocks;
    private readonly int _threads;
    private readonly int _rounds;
    private readonly int[] _fitted;
    private readonly bool[] _busyUsers;
    private readonly bool[] _busyCourses;
    private readonly int[] _lastHolders;
    private readonly object _lock = new();
    private int _left;

    public StratumClaims(int blocks, int threads, int rounds)
    {
        _blocks = blocks;
        _threads = threads;
        _rounds = rounds;
        _fitted = new int[blocks * blocks];
        _busyUsers = new bool[blocks];
        _busyCourses = new bool[blocks];
        _lastHolders = new int[blocks];
    }

    /// <summary>Starts an epoch (after the schedule's new dealing: every course block's draw rows need a refresh).</summary>
    public void Reset()
    {
        Array.Clear(_fitted);
        Array.Fill(_lastHolders, -1);
        _left = _blocks * _blocks * _rounds;
    }

    /// <summary>
    /// The next part for <paramref name="thread"/>, waiting while every part left conflicts with the held ones; false
    /// when the epoch has no part left.
    /// </summary>
    public bool TryClaim(int thread, out StratumPart part)
    {
        lock (_lock)
        {
            while (_left > 0)
            {
                var best = -1;
                for (var cell = 0; cell < _fitted.Length; cell++)
                {
                    if (_fitted[cell] < _rounds && !_busyUsers[cell / _blocks] && !_busyCourses[cell % _blocks]
                        && (best < 0 || Better(cell, best, thread)))
                    {
                        best = cell;
                    }
                }

                if (best >= 0)
                {
                    var (userBlock, courseBlock) = (best / _blocks, best % _blocks);
                    _busyUsers[userBlock] = true;
                    _busyCourses[courseBlock] = true;
                    part = new StratumPart(userBlock, courseBlock, _fitted[best]++, Refresh: _lastHolders[courseBlock] < 0);
                    _lastHolders[courseBlock] = thread;
                    _left--;
                    return true;
                }

                Monitor.Wait(_lock);
            }
        }

        part = default;
        return false;
    }

    public void Release(StratumPart part)
    {
        lock (_lock)
        {
            _busyUsers[part.UserBlock] = false;
            _busyCourses[part.CourseBlock] = false;
            Monitor.PulseAll(_lock);
        }
    }

    private bool Better(int cell, int best, int thread)
    {
        var (owned, bestOwned) = (Owns(thread, cell / _blocks), Owns(thread, best / _blocks));
        if (owned != bestOwned)
        {
            return owned;
        }

        return _fitted[cell] != _fitted[best]
            ? _fitted[cell] < _fitted[best]
            : _lastHolders[cell % _blocks] == thread && _lastHolders[best % _blocks] != thread;
    }

    private bool Owns(int thread, int userBlock) => userBlock * _threads / _blocks == thread;
}
