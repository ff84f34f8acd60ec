namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// The strata of stratified SGD (DSGD, Gemulla et al., 2011) for <see cref="Blocks"/> threads: users and courses are
/// each cut into that many blocks, and the positives into the cells of the block grid. An epoch is
/// <see cref="Blocks"/> sub-epochs; in sub-epoch s thread t fits cell (user block t, course block (t + s) mod blocks)
/// and draws its negatives from that course block only, so within a sub-epoch no two threads step the same user or
/// course rows, and each thread's draws read one block's rows. Every cell is fitted exactly once per epoch. Courses are
/// dealt to blocks by popularity so that the blocks hold equal numbers of courses and about equal numbers of positives;
/// users are then placed one by one, busiest first, where they add least to the sum of squared cell sizes, which keeps
/// every sub-epoch's cells about equal (no thread waits long at a sub-epoch's end).
/// </summary>
internal sealed class StratifiedSchedule
{
    private readonly TrainingExample[][] _cells;
    private readonly int[][] _blockCourses;

    public StratifiedSchedule(IReadOnlyList<TrainingExample> positives, int users, int courses, int blocks, Random random)
    {
        Blocks = blocks;
        CourseBlocks = DealCourses(positives, courses, blocks, random);
        UserBlocks = PlaceUsers(positives, users, CourseBlocks, blocks, random);
        _blockCourses = Enumerable.Range(0, blocks)
            .Select(block => Enumerable.Range(0, courses).Where(course => CourseBlocks[course] == block).ToArray())
            .ToArray();
        var cells = Enumerable.Range(0, blocks * blocks).Select(_ => new List<TrainingExample>()).ToArray();
        foreach (var positive in positives)
        {
            cells[(UserBlocks[positive.User] * blocks) + CourseBlocks[positive.Course]].Add(positive);
        }

        _cells = cells.Select(cell => cell.ToArray()).ToArray();
    }

    public int Blocks { get; }

    /// <summary>Each user's block.</summary>
    public int[] UserBlocks { get; }

    /// <summary>Each course's block.</summary>
    public int[] CourseBlocks { get; }

    public static int CourseBlock(int thread, int subEpoch, int blocks) => (thread + subEpoch) % blocks;

    /// <summary>The positives <paramref name="thread"/> fits in <paramref name="subEpoch"/> (shuffle them in place as needed).</summary>
    public TrainingExample[] Cell(int thread, int subEpoch) => _cells[(thread * Blocks) + CourseBlock(thread, subEpoch, Blocks)];

    /// <summary>The courses <paramref name="thread"/> draws negatives from in <paramref name="subEpoch"/>.</summary>
    public int[] Courses(int thread, int subEpoch) => _blockCourses[CourseBlock(thread, subEpoch, Blocks)];

    private static int[] DealCourses(IReadOnlyList<TrainingExample> positives, int courses, int blocks, Random random)
    {
        var counts = new int[courses];
        foreach (var positive in positives)
        {
            counts[positive.Course]++;
        }

        // Round by round the next `blocks` courses (most taken first, ties in random order) go one to each block, the
        // least taken of them to the block holding most positives so far.
        var order = Enumerable.Range(0, courses).ToArray();
        random.Shuffle(order);
        order = [.. order.OrderByDescending(course => counts[course])];
        var assigned = new int[courses];
        var loads = new long[blocks];
        for (var first = 0; first < courses; first += blocks)
        {
            var round = order.AsSpan(first, Math.Min(blocks, courses - first));
            var byLoad = Enumerable.Range(0, blocks).OrderByDescending(block => loads[block]).ToArray();
            for (var index = 0; index < round.Length; index++)
            {
                var course = round[round.Length - 1 - index];
                assigned[course] = byLoad[index];
                loads[byLoad[index]] += counts[course];
            }
        }

        return assigned;
    }

    private static int[] PlaceUsers(IReadOnlyList<TrainingExample> positives, int users, int[] courseBlocks, int blocks, Random random)
    {
        var counts = new int[users * blocks];
        foreach (var positive in positives)
        {
            counts[(positive.User * blocks) + courseBlocks[positive.Course]]++;
        }

        var order = Enumerable.Range(0, users).ToArray();
        random.Shuffle(order);
        order = [.. order.OrderByDescending(user => Total(counts.AsSpan(user * blocks, blocks)))];
        var assigned = new int[users];
        var cells = new long[blocks * blocks];
        var members = new int[blocks];
        foreach (var user in order)
        {
            var own = counts.AsSpan(user * blocks, blocks);
            var best = 0;
            var bestGrowth = long.MaxValue;
            for (var block = 0; block < blocks; block++)
            {
                // Growth of Σ cell² when the user's positives join this block's row of cells.
                var growth = 0L;
                for (var courseBlock = 0; courseBlock < blocks; courseBlock++)
                {
                    growth += own[courseBlock] * ((2 * cells[(block * blocks) + courseBlock]) + own[courseBlock]);
                }

                if (growth < bestGrowth || (growth == bestGrowth && members[block] < members[best]))
                {
                    best = block;
                    bestGrowth = growth;
                }
            }

            assigned[user] = best;
            members[best]++;
            for (var courseBlock = 0; courseBlock < blocks; courseBlock++)
            {
                cells[(best * blocks) + courseBlock] += own[courseBlock];
            }
        }

        return assigned;
    }

    private static int Total(ReadOnlySpan<int> counts)
    {
        var total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        return total;
    }
}
