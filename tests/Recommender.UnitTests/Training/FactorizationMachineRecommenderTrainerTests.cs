using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training;
using KnowledgePay.Tests.Shared.Recommender;
using Microsoft.ML.Data;

namespace KnowledgePay.Recommender.UnitTests.Training;

public sealed class FactorizationMachineRecommenderTrainerTests : RecommenderTrainerTests
{
    private static readonly Lazy<TrainedMachine> Trained = new(() =>
        TestModels.Trainer().TrainMachine(Data.TrainingSet, version: 1, measured: true, CancellationToken.None));

    protected override RecommenderModel Model => Trained.Value.Model;

    private protected override IRecommenderTrainer Trainer() => TestModels.Trainer();

    [Fact]
    public void FoldedScoresEqualMlNetPredictionsUpToAConstantPerUser()
    {
        var trained = Trained.Value;

        foreach (var user in new[] { 0, 7, 100 })
        {
            var machineScores = MachineScores(trained, user);
            var servedScores = RecommenderTrainerTests.ServedScores(trained.Model, trained.Space.Users[user]);
            var offsets = machineScores.Zip(servedScores, (machine, served) => machine - served).ToArray();

            Assert.All(offsets, offset => Assert.Equal(offsets[0], offset, 0.001f));
            Assert.Equal(Ranking(machineScores), Ranking(servedScores));
        }
    }

    private static float[] MachineScores(TrainedMachine trained, int user)
    {
        var examples = Enumerable.Range(0, trained.Space.Courses.Count).Select(course => new TrainingExample(user, course, false, 1f)).ToArray();
        var rows = new TrainingExampleDataView(trained.Space, examples);
        return trained.Machine.Transform(rows).GetColumn<float>("Score").ToArray();
    }

    private static int[] Ranking(float[] scores) =>
        Enumerable.Range(0, scores.Length).OrderByDescending(course => scores[course]).ThenBy(course => course).Take(10).ToArray();
}
