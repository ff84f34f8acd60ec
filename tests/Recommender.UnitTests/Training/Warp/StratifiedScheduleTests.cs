using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.Warp;

namespace KnowledgePay.Recommender.UnitTests.Training.Warp;

public sealed class StratifiedScheduleTests
{
    private const int Users = 600;
    private const int Courses = 400;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AnEpochsCellsHoldEveryPositiveExactlyOnce(int threads)
    {
        var positives = Positives(new Random(1));

        var schedule = new StratifiedSchedule(positives, Users, Courses, threads, new Random(2));

        var fitted = Enumerable.Range(0, threads)
            .SelectMany(subEpoch => Enumerable.Range(0, threads).SelectMany(thread => schedule.Cell(thread, subEpoch)))
            .ToArray();
        Assert.Equal(positives.OrderBy(Key), fitted.OrderBy(Key));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void NoTwoThreadsShareAUserOrACourseWithinASubEpoch(int threads)
    {
        var positives = Positives(new Random(3));

        var schedule = new StratifiedSchedule(positives, Users, Courses, threads, new Random(4));

        for (var subEpoch = 0; subEpoch < threads; subEpoch++)
        {
            var cells = Enumerable.Range(0, threads).Select(thread => schedule.Cell(thread, subEpoch)).ToArray();
            var courseSets = Enumerable.Range(0, threads)
                .Select(thread => schedule.Courses(thread, subEpoch).Union(cells[thread].Select(positive => positive.Course)).ToHashSet())
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

        var schedule = new StratifiedSchedule(positives, Users, Courses, blocks: 3, new Random(6));

        for (var subEpoch = 0; subEpoch < 3; subEpoch++)
        {
            for (var thread = 0; thread < 3; thread++)
            {
                var block = StratifiedSchedule.CourseBlock(thread, subEpoch, 3);
                Assert.Equal(Enumerable.Range(0, Courses).Where(course => schedule.CourseBlocks[course] == block), schedule.Courses(thread, subEpoch));
                Assert.All(schedule.Cell(thread, subEpoch), positive =>
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

        var schedule = new StratifiedSchedule(positives, Users, Courses, threads, new Random(8));

        var mean = positives.Length / (double)(threads * threads);
        for (var subEpoch = 0; subEpoch < threads; subEpoch++)
        {
            Assert.All(Enumerable.Range(0, threads), thread => Assert.InRange(schedule.Cell(thread, subEpoch).Length, 0.97 * mean, 1.03 * mean));
        }

        Assert.All(Enumerable.Range(0, threads), block =>
            Assert.InRange(schedule.CourseBlocks.Count(course => course == block), (Courses / threads) - 1, (Courses / threads) + 1));
    }

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
