namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// The blocks and cells of stratified SGD (DSGD, Gemulla et al., 2011): users and courses are each cut into
/// <see cref="Blocks"/> blocks, and an epoch's positives into the cells of the block grid, each cell shuffled and cut
/// into <see cref="Rounds"/> parts. A training thread fits one part at a time (<see cref="StratumClaims"/> hands them
/// out so that no two threads hold the same user block or course block) and draws its negatives from the part's
/// course block only; every positive is fitted exactly once per epoch. Users keep their block (placed once, busiest
/// first, where the fewest positives are, so the blocks carry about equal numbers); courses are dealt anew each epoch
/// (<see cref="Deal"/>), because WARP's loss compares a positive only with the negatives drawn beside it: with fixed
/// course blocks, courses of different blocks would never be ranked against each other and their scores (biases above
/// all) would drift apart.
/// </summary>
internal sealed class StratifiedSchedule
{
    private readonly int[] _courseCounts;
    private readonly int[] _courseOrder;
    private readonly double[] _courseKeys;
    private readonly int[] _dealtCourses;
    private readonly int[] _courseBlockStarts;
    private readonly TrainingExample[][] _byUserBlock;
    private readonly TrainingExample[][] _cells;
    private readonly int[][] _cellStarts;

    public StratifiedSchedule(IReadOnlyList<TrainingExample> positives, int users, int courses, int blocks, int rounds, Random random)
    {
        Blocks = blocks;
        Rounds = rounds;
        UserBlocks = PlaceUsers(positives, users, blocks, random);
        _byUserBlock = Enumerable.Range(0, blocks)
            .Select(block => positives.Where(positive => UserBlocks[positive.User] == block).ToArray())
            .ToArray();
        _cells = _byUserBlock.Select(own => new TrainingExample[own.Length]).ToArray();
        _cellStarts = Enumerable.Range(0, blocks).Select(_ => new int[blocks + 1]).ToArray();
        _courseCounts = new int[courses];
        foreach (var positive in positives)
        {
            _courseCounts[positive.Course]++;
        }

        _courseOrder = new int[courses];
        _courseKeys = new double[courses];
        _dealtCourses = new int[courses];
        _courseBlockStarts = new int[blocks + 1];
        CourseBlocks = new int[courses];
    }

    public int Blocks { get; }

    public int Rounds { get; }

    /// <summary>Each user's block (for the whole training).</summary>
    public int[] UserBlocks { get; }

    /// <summary>Each course's block in the current epoch.</summary>
    public int[] CourseBlocks { get; }

    /// <summary>Every course, block by block (each block's in the order dealt): how the shared draw rows are laid out.</summary>
    public ReadOnlySpan<int> DealtCourses => _dealtCourses;

    /// <summary>
    /// Deals the courses into blocks for the next epoch: in order of popularity (ties in random order), each run of
    /// <see cref="Blocks"/> courses (from a random offset) goes one to each block in random order, so the blocks hold equal numbers of
    /// courses and about equal numbers of positives, and any two courses share a block in about every other epoch.
    /// Then call <see cref="Sort"/> for every user block.
    /// </summary>
    public void Deal(Random random)
    {
        for (var course = 0; course < _courseOrder.Length; course++)
        {
            _courseOrder[course] = course;
            _courseKeys[course] = -_courseCounts[course] - random.NextDouble();
        }

        Array.Sort(_courseKeys, _courseOrder);
        // Runs start at a random offset, so that neighbours in popularity are not split in every epoch.
        Span<int> dealt = stackalloc int[Blocks];
        for (var first = -random.Next(Blocks); first < _courseOrder.Length; first += Blocks)
        {
            for (var block = 0; block < Blocks; block++)
            {
                dealt[block] = block;
            }

            random.Shuffle(dealt);
            for (var index = Math.Max(0, -first); index < Blocks && first + index < _courseOrder.Length; index++)
            {
                CourseBlocks[_courseOrder[first + index]] = dealt[index];
            }
        }

        Array.Clear(_courseBlockStarts);
        foreach (var course in _courseOrder)
        {
            _courseBlockStarts[CourseBlocks[course] + 1]++;
        }

        for (var block = 0; block < Blocks; block++)
        {
            _courseBlockStarts[block + 1] += _courseBlockStarts[block];
        }

        Span<int> next = stackalloc int[Blocks];
        _courseBlockStarts.AsSpan(0, Blocks).CopyTo(next);
        foreach (var course in _courseOrder)
        {
            _dealtCourses[next[CourseBlocks[course]]++] = course;
        }
    }

    /// <summary>Sorts a user block's positives into its cells for the current dealing, each cell shuffled.</summary>
    public void Sort(int userBlock, Random random)
    {
        var starts = _cellStarts[userBlock];
        Array.Clear(starts);
        var own = _byUserBlock[userBlock];
        foreach (var positive in own)
        {
            starts[CourseBlocks[positive.Course] + 1]++;
        }

        for (var block = 0; block < Blocks; block++)
        {
            starts[block + 1] += starts[block];
        }

        Span<int> next = stackalloc int[Blocks];
        starts.AsSpan(0, Blocks).CopyTo(next);
        var cells = _cells[userBlock];
        foreach (var positive in own)
        {
            cells[next[CourseBlocks[positive.Course]]++] = positive;
        }

        for (var block = 0; block < Blocks; block++)
        {
            random.Shuffle(cells.AsSpan(starts[block], starts[block + 1] - starts[block]));
        }
    }

    /// <summary>The <paramref name="round"/>-th part of the cell (<paramref name="userBlock"/>, <paramref name="courseBlock"/>).</summary>
    public ReadOnlySpan<TrainingExample> Part(int userBlock, int courseBlock, int round)
    {
        var start = _cellStarts[userBlock][courseBlock];
        var length = _cellStarts[userBlock][courseBlock + 1] - start;
        var first = (int)((long)length * round / Rounds);
        var end = (int)((long)length * (round + 1) / Rounds);
        return _cells[userBlock].AsSpan(start + first, end - first);
    }

    /// <summary>The courses of <paramref name="courseBlock"/> in the current epoch.</summary>
    public ReadOnlySpan<int> Courses(int courseBlock)
    {
        var rows = CourseRows(courseBlock);
        return _dealtCourses.AsSpan(rows.First, rows.Count);
    }

    /// <summary>Where <paramref name="courseBlock"/>'s courses are in <see cref="DealtCourses"/> (and in draw rows laid out by it).</summary>
    public DrawRows CourseRows(int courseBlock) =>
        new(_courseBlockStarts[courseBlock], _courseBlockStarts[courseBlock + 1] - _courseBlockStarts[courseBlock]);

    /// <summary>Busiest users first, each into the block with the fewest positives so far (then the fewest users).</summary>
    private static int[] PlaceUsers(IReadOnlyList<TrainingExample> positives, int users, int blocks, Random random)
    {
        var counts = new int[users];
        foreach (var positive in positives)
        {
            counts[positive.User]++;
        }

        var order = Enumerable.Range(0, users).ToArray();
        random.Shuffle(order);
        var assigned = new int[users];
        var loads = new long[blocks];
        var members = new int[blocks];
        foreach (var user in order.OrderByDescending(user => counts[user]))
        {
            var best = 0;
            for (var block = 1; block < blocks; block++)
            {
                if (loads[block] < loads[best] || (loads[block] == loads[best] && members[block] < members[best]))
                {
                    best = block;
                }
            }

            assigned[user] = best;
            loads[best] += counts[user];
            members[best]++;
        }

        return assigned;
    }
}
