using System.Numerics.Tensors;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.UnitTests.Training.ImplicitAls;

public sealed class ImplicitAlsTrainerTests
{
    private static readonly ImplicitAlsOptions Options = new()
    {
        Dimension = 4,
        Epochs = 12,
        Regularization = 0.01f,
        UnobservedWeight = 0.1f,
        ConjugateGradientSteps = 2,
    };

    [Fact]
    public void LossDecreasesEveryEpoch()
    {
        var random = new Random(3);
        var feedback = ImplicitFeedback.Of(
            30, 20, Enumerable.Range(0, 150).Select(_ => (random.Next(30), random.Next(20), 1f + random.Next(3))).ToArray());
        var losses = new List<double>();

        ImplicitAlsTrainer.Train(feedback, Options, seed: 7, CancellationToken.None, (_, loss) => losses.Add(loss));

        Assert.Equal(Options.Epochs, losses.Count);
        Assert.All(losses.Zip(losses.Skip(1)), pair => Assert.True(pair.Second < pair.First, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public void HeldOutCoursesOfTheUsersBlockOutscoreEveryOtherBlock()
    {
        // Three blocks of 12 users × 8 courses; each user took 6 of their block's courses, the other 2 are held out.
        const int blocks = 3;
        const int usersPerBlock = 12;
        const int coursesPerBlock = 8;
        var heldOut = new HashSet<(int User, int Course)>();
        var pairs = new List<(int, int, float)>();
        for (var user = 0; user < blocks * usersPerBlock; user++)
        {
            var block = user / usersPerBlock;
            for (var offset = 0; offset < coursesPerBlock; offset++)
            {
                var course = (block * coursesPerBlock) + offset;
                if (offset == user % coursesPerBlock || offset == (user + 3) % coursesPerBlock)
                {
                    heldOut.Add((user, course));
                }
                else
                {
                    pairs.Add((user, course, 1f));
                }
            }
        }

        var model = ImplicitAlsTrainer.Train(
            ImplicitFeedback.Of(blocks * usersPerBlock, blocks * coursesPerBlock, pairs), Options, seed: 1, CancellationToken.None);

        foreach (var (user, course) in heldOut)
        {
            var block = user / usersPerBlock;
            var score = Score(model, user, course);
            var bestElsewhere = Enumerable.Range(0, blocks * coursesPerBlock)
                .Where(other => other / coursesPerBlock != block)
                .Max(other => Score(model, user, other));
            Assert.True(score > bestElsewhere, $"user {user}: held-out course {course} {score}, other blocks up to {bestElsewhere}");
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameFactors()
    {
        var feedback = ImplicitFeedback.Of(40, 25, Enumerable.Range(0, 200).Select(index => (index % 40, (index * 7) % 25, 1f)).ToArray());

        var first = ImplicitAlsTrainer.Train(feedback, Options, seed: 5, CancellationToken.None);
        var second = ImplicitAlsTrainer.Train(feedback, Options, seed: 5, CancellationToken.None);

        Assert.Equal(first.Users.Values, second.Users.Values);
        Assert.Equal(first.Courses.Values, second.Courses.Values);
    }

    [Fact]
    public void CoursesNobodyTookEndAtZero()
    {
        var feedback = ImplicitFeedback.Of(5, 4, [(0, 0, 1f), (1, 1, 1f), (2, 0, 1f), (3, 1, 2f), (4, 2, 1f)]);

        var model = ImplicitAlsTrainer.Train(feedback, Options, seed: 2, CancellationToken.None);

        Assert.All(model.Courses.Row(3).ToArray(), value => Assert.Equal(0f, value));
    }

    private static float Score(ImplicitAlsModel model, int user, int course) =>
        TensorPrimitives.Dot(model.Users.Row(user), model.Courses.Row(course));
}
