using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.Warp;

namespace KnowledgePay.Recommender.UnitTests.Training.Warp;

public sealed class StratifiedScheduleTests
{
    private const int Users = 600;
    private const int Courses = 400;
    private const int Rounds = 3;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AnEpochsCellsHoldEveryPositiveExactlyOnce(int threads)
    {
        var positives = Positives(new Random(1));

        var schedule = new StratifiedSchedule(positives, Users, Courses, threads, Rounds, new Random(2));

        for (var epoch = 0; epoch < 2; epoch++)
        {
            Deal(schedule, new Random(epoch));
            var fitted = Enumerable.Range(0, threads)
                .SelectMany(subEpoch => Enumerable.Range(0, threads).SelectMany(thread => Cell(schedule, thread, subEpoch)))
                .ToArray();
            Assert.Equal(positives.OrderBy(Key), fitted.OrderBy(Key));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void NoTwoThreadsShareAUserOrACourseWithinASubEpoch(int threads)
    {
        var positives = Positives(new Random(3));

        var schedule = new StratifiedSchedule(positives, Users, Courses, threads, Rounds, new Random(4));
        Deal(schedule, new Random(5));

        for (var subEpoch = 0; subEpoch < threads; subEpoch++)
        {
            var cells = Enumerable.Range(0, threads).Select(thread => Cell(schedule, thread, subEpoch)).ToArray();
            var courseSets = Enumerable.Range(0, threads)
                .Select(thread => schedule.Courses(thread, subEpoch).ToArray().Union(cells[thread].Select(positive => positive.Course)).ToHashSet())
                .ToArray();
            for (var thread = 0; thread < threads; thread++)
            {
                for (var other = thread + 1; other < threads; other++)
                {
                    Assert.Empty(cells[thread].Select(positive => positive.User).Intersect(cells[other].Select(positive => positive.User)));
                    Assert.Empty(courseSets[thread].Intersect(courseSets[other]));
                }
            }
        }
    }

    [Fact]
    public void EveryThreadDrawsFromTheCoursesOfTheBlockItsCellsPositivesCameFrom()
    {
        var positives = Positives(new Random(5));

        var schedule = new StratifiedSchedule(positives, Users, Courses, blocks: 3, Rounds, new Random(6));
        Deal(schedule, new Random(7));

        for (var subEpoch = 0; subEpoch < 3; subEpoch++)
        {
            for (var thread = 0; thread < 3; thread++)
            {
                var block = StratifiedSchedule.CourseBlock(thread, subEpoch, 3);
                Assert.Equal(Enumerable.Range(0, Courses).Where(course => schedule.CourseBlocks[course] == block), schedule.Courses(thread, subEpoch).ToArray().Order());
                Assert.All(Cell(schedule, thread, subEpoch), positive =>
                {
                    Assert.Equal(thread, schedule.UserBlocks[positive.User]);
                    Assert.Equal(block, schedule.CourseBlocks[positive.Course]);
                });
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void CellsOfASubEpochAndCourseBlocksAreAboutEqual(int threads)
    {
        // Skewed on both sides: a few users and courses carry most positives, and users favour courses by their own index,
        // so splitting either side by index alone would leave the cells far apart.
        var positives = Positives(new Random(7));

        var schedule = new StratifiedSchedule(positives, Users, Courses, threads, Rounds, new Random(8));
        Deal(schedule, new Random(9));

        var mean = positives.Length / (double)(threads * threads);
        for (var subEpoch = 0; subEpoch < threads; subEpoch++)
        {
            Assert.All(Enumerable.Range(0, threads), thread => Assert.InRange(Cell(schedule, thread, subEpoch).Length, 0.9 * mean, 1.1 * mean));
        }

        Assert.All(Enumerable.Range(0, threads), block =>
            Assert.InRange(schedule.CourseBlocks.Count(course => course == block), (Courses / threads) - 1, (Courses / threads) + 1));
    }

    [Fact]
    public void EveryTwoCoursesShareABlockInSomeEpoch()
    {
        var positives = Positives(new Random(10));
        var schedule = new StratifiedSchedule(positives, Users, Courses, blocks: 2, Rounds, new Random(11));
        var random = new Random(12);
        var shared = new bool[Courses, Courses];

        for (var epoch = 0; epoch < 30; epoch++)
        {
            Deal(schedule, random);
            for (var course = 0; course < Courses; course++)
            {
                for (var other = course + 1; other < Courses; other++)
                {
                    shared[course, other] |= schedule.CourseBlocks[course] == schedule.CourseBlocks[other];
                }
            }
        }

        Assert.All(
            Enumerable.Range(0, Courses).SelectMany(course => Enumerable.Range(course + 1, Courses - course - 1).Select(other => (course, other))),
            pair => Assert.True(shared[pair.course, pair.other], $"courses {pair.course} and {pair.other}"));
    }

    private static void Deal(StratifiedSchedule schedule, Random random)
    {
        schedule.Deal(random);
        for (var thread = 0; thread < schedule.Blocks; thread++)
        {
            schedule.Sort(thread, random);
        }
    }

    /// <summary>A thread's whole cell in a sub-epoch: its parts in every round.</summary>
    private static TrainingExample[] Cell(StratifiedSchedule schedule, int thread, int subEpoch) =>
        Enumerable.Range(0, schedule.Rounds).SelectMany(round => schedule.Cell(thread, subEpoch, round).ToArray()).ToArray();

    private static TrainingExample[] Positives(Random random)
    {
        var pairs = new HashSet<(int User, int Course)>();
        for (var draw = 0; draw < 20_000; draw++)
        {
            var user = (int)(Math.Pow(random.NextDouble(), 2) * Users);
            var course = (int)(Math.Pow(random.NextDouble(), 3) * Courses);
            pairs.Add((user, (course + (user % 7 * 13)) % Courses));
        }

        return pairs.Select(pair => new TrainingExample(pair.User, pair.Course, true, 1f)).ToArray();
    }

    private static long Key(TrainingExample positive) => ((long)positive.User * Courses) + positive.Course;
}
