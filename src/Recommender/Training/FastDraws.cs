namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Uniform indices for negative draws, where a seeded <see cref="Random"/> (whose seeded algorithm is the slow legacy
/// one) would cost more than scoring the drawn course: xorshift64* (Vigna, 2016) scaled to the range by a multiply
/// instead of a division (Lemire, 2019). Deterministic for its seed. A struct, so that a training thread keeps its state
/// in a local (a register) rather than in a heap object that may share a cache line with another thread's.
/// </summary>
internal struct FastDraws(Random seed)
{
    private ulong _state = (ulong)seed.NextInt64(1, long.MaxValue);

    /// <summary>An index in [0, <paramref name="count"/>).</summary>
    public int Next(int count)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        var bits = (_state * 0x2545F4914F6CDD1DUL) >> 32;
        return (int)((bits * (ulong)count) >> 32);
    }
}
