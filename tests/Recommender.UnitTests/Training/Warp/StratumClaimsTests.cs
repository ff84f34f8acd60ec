using KnowledgePay.Recommender.Training.Warp;

namespace KnowledgePay.Recommender.UnitTests.Training.Warp;

public sealed class StratumClaimsTests
{
    [Theory]
    [InlineData(2, 2, 1)]
    [InlineData(4, 2, 16)]
    [InlineData(6, 3, 5)]
    public void ThreadsClaimingAtOnceFitEveryPartOnceInRoundOrderAndNeverHoldABlockTogether(int blocks, int threads, int rounds)
    {
        var claims = new StratumClaims(blocks, threads, rounds);
        var heldUsers = new int[blocks];
        var heldCourses = new int[blocks];
        var conflicts = 0;

        for (var epoch = 0; epoch < 3; epoch++)
        {
            claims.Reset();
            var fitted = new System.Collections.Concurrent.ConcurrentQueue<StratumPart>();
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
            {
                var random = new Random(thread);
                while (claims.TryClaim(thread, out var part))
                {
                    if (Interlocked.Increment(ref heldUsers[part.UserBlock]) > 1 | Interlocked.Increment(ref heldCourses[part.CourseBlock]) > 1)
                    {
                        Interlocked.Increment(ref conflicts);
                    }

                    fitted.Enqueue(part);
                    Thread.SpinWait(random.Next(2_000));
                    Interlocked.Decrement(ref heldUsers[part.UserBlock]);
                    Interlocked.Decrement(ref heldCourses[part.CourseBlock]);
                    claims.Release(part);
                }
            });

            Assert.Equal(0, conflicts);
            var byCell = fitted.GroupBy(part => (part.UserBlock, part.CourseBlock)).ToArray();
            Assert.Equal(blocks * blocks, byCell.Length);
            Assert.All(byCell, cell => Assert.Equal(Enumerable.Range(0, rounds), cell.Select(part => part.Round)));
        }
    }

    [Fact]
    public void ACourseBlocksFirstPartOfAnEpochAloneRefreshesItsDrawRowsWhicheverThreadHoldsItNext()
    {
        var claims = new StratumClaims(blocks: 4, threads: 2, rounds: 3);
        for (var epoch = 0; epoch < 2; epoch++)
        {
            // The threads claim side by side and release together, so course blocks change hands between the threads.
            claims.Reset();
            var parts = new List<(int Thread, StratumPart Part)>();
            while (claims.TryClaim(thread: 0, out var first))
            {
                parts.Add((0, first));
                var second = claims.TryClaim(thread: 1, out var other) ? other : (StratumPart?)null;
                if (second is { } held)
                {
                    parts.Add((1, held));
                    claims.Release(held);
                }

                claims.Release(first);
            }

            Assert.Equal(4 * 4 * 3, parts.Count);
            Assert.Contains(parts.GroupBy(part => part.Part.CourseBlock), block => block.Select(part => part.Thread).Distinct().Count() > 1);
            Assert.All(parts.GroupBy(part => part.Part.CourseBlock), block =>
                Assert.Equal([true, .. Enumerable.Repeat(false, block.Count() - 1)], block.Select(part => part.Part.Refresh)));
        }
    }

    [Fact]
    public void AThreadFitsTheUserBlocksItOwnsBeforeAnyOtherThreadsBlock()
    {
        // Four blocks, two threads: thread 0 owns user blocks 0 and 1, thread 1 owns 2 and 3.
        var parts = AllParts(new StratumClaims(blocks: 4, threads: 2, rounds: 2), thread: 1);

        Assert.Equal(4 * 4 * 2, parts.Count);
        Assert.All(parts.Take(2 * 4 * 2), part => Assert.Contains(part.UserBlock, new[] { 2, 3 }));
        Assert.All(parts.Skip(2 * 4 * 2), part => Assert.Contains(part.UserBlock, new[] { 0, 1 }));
    }

    /// <summary>Every part of a new epoch, claimed and released in turn by <paramref name="thread"/> alone.</summary>
    private static List<StratumPart> AllParts(StratumClaims claims, int thread)
    {
        claims.Reset();
        var parts = new List<StratumPart>();
        while (claims.TryClaim(thread, out var part))
        {
            parts.Add(part);
            claims.Release(part);
        }

        return parts;
    }
}
