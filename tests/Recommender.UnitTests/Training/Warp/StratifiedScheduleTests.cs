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
    [InlineData(4)]
    public void AnEpochsPartsHoldEveryPositiveExactlyOnce(int blocks)
    {
        var positives = Positives(new Random(1));
        var schedule = new StratifiedSchedule(positives, Users, Courses, blocks, Rounds, new Random(2));

        for (var epoch = 0; epoch < 2; epoch++)
        {
            Deal(schedule, new Random(epoch));
            var fitted = Cells(blocks).SelectMany(cell => Cell(schedule, cell.UserBlock, cell.CourseBlock)).ToArray();
            Assert.Equal(positives.OrderBy(Key), fitted.OrderBy(Key));
        }
    }

    [Fact]
    public void ACellHoldsThePositivesOfItsUserBlockAndCourseBlockAndItsCourseBlockIsWhereTheDrawsComeFrom()
    {
        var positives = Positives(new Random(5));
        var schedule = new StratifiedSchedule(positives, Users, Courses, blocks: 3, Rounds, new Random(6));
        Deal(schedule, new Random(7));

        foreach (var (userBlock, courseBlock) in Cells(3))
        {
            Assert.Equal(
                Enumerable.Range(0, Courses).Where(course => schedule.CourseBlocks[course] == courseBlock),
                schedule.Courses(courseBlock).ToArray().Order());
            Assert.All(Cell(schedule, userBlock, courseBlock), positive =>
            {
                Assert.Equal(userBlock, schedule.UserBlocks[positive.User]);
                Assert.Equal(courseBlock, schedule.CourseBlocks[positive.Course]);
            });
        }
    }

    [Fact]
    public void TheDealtCoursesHoldEveryCourseOnceBlockByBlockWhereEachBlocksDrawRowsSay()
    {
        var positives = Positives(new Random(13));
        var schedule = new StratifiedSchedule(positives, Users, Courses, blocks: 4, Rounds, new Random(14));
        Deal(schedule, new Random(15));

        Assert.Equal(Enumerable.Range(0, Courses), schedule.DealtCourses.ToArray().Order());
        var next = 0;
        for (var block = 0; block < schedule.Blocks; block++)
        {
            var rows = schedule.CourseRows(block);
            Assert.Equal(next, rows.First);
            Assert.Equal(schedule.DealtCourses.Slice(rows.First, rows.Count).ToArray(), schedule.Courses(block).ToArray());
            Assert.All(schedule.Courses(block).ToArray(), course => Assert.Equal(block, schedule.CourseBlocks[course]));
            next += rows.Count;
        }

        Assert.Equal(Courses, next);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void BlocksCarryAboutEqualNumbersOfPositivesAndCourseBlocksEqualNumbersOfCourses(int blocks)
    {
        // Skewed on both sides: a few users and courses carry most positives, and users favour courses by their own index,
        // so splitting either side by index alone would leave the blocks far apart.
        var positives = Positives(new Random(7));
        var schedule = new StratifiedSchedule(positives, Users, Courses, blocks, Rounds, new Random(8));
        Deal(schedule, new Random(9));

        var mean = positives.Length / (double)blocks;
        Assert.All(Enumerable.Range(0, blocks), block =>
        {
            Assert.InRange(positives.Count(positive => schedule.UserBlocks[positive.User] == block), 0.98 * mean, 1.02 * mean);
            Assert.InRange(positives.Count(positive => schedule.CourseBlocks[positive.Course] == block), 0.9 * mean, 1.1 * mean);
            Assert.InRange(schedule.Courses(block).Length, (Courses / blocks) - 1, (Courses / blocks) + 1);
        });
        Assert.All(Cells(blocks), cell => Assert.All(Enumerable.Range(0, Rounds), round =>
            Assert.InRange(schedule.Part(cell.UserBlock, cell.CourseBlock, round).Length, (Cell(schedule, cell.UserBlock, cell.CourseBlock).Length / Rounds) - 1, (Cell(schedule, cell.UserBlock, cell.CourseBlock).Length / Rounds) + 1)));
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
        for (var block = 0; block < schedule.Blocks; block++)
        {
            schedule.Sort(block, random);
        }
    }

    private static IEnumerable<(int UserBlock, int CourseBlock)> Cells(int blocks) =>
        Enumerable.Range(0, blocks).SelectMany(userBlock => Enumerable.Range(0, blocks).Select(courseBlock => (userBlock, courseBlock)));

    /// <summary>A cell's parts of every round, one after another.</summary>
    private static TrainingExample[] Cell(StratifiedSchedule schedule, int userBlock, int courseBlock) =>
        Enumerable.Range(0, schedule.Rounds).SelectMany(round => schedule.Part(userBlock, courseBlock, round).ToArray()).ToArray();

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
