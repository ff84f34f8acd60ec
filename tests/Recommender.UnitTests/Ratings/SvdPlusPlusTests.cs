using KnowledgePay.Recommender.Ratings;

namespace KnowledgePay.Recommender.UnitTests.Ratings;

public sealed class SvdPlusPlusTests
{
    // Items: 0 go, 1 rust, 2 excel (rated); 3 python, 4 word (only viewed). Coders rate go and rust 5 and excel 1 and
    // viewed python; clerks rate the opposite and viewed word.
    private const int Items = 5;
    private static readonly SvdPlusPlusOptions Options = new(Factors: 4, Epochs: 200, LearningRate: 0.02f, LearningRateDecay: 1f);

    [Fact]
    public void FitsTheRatingsItWasTrainedOn()
    {
        var (ratings, feedback) = CodersAndClerks(extraUsers: []);

        var model = SvdPlusPlus.Train(ratings, feedback, Items, Options);

        var rmse = Math.Sqrt(ratings.Average(r => Math.Pow(model.Predict(r.User, r.Item) - r.Stars, 2)));
        Assert.True(rmse < 0.3, $"Training RMSE {rmse:F3}.");
    }

    [Fact]
    public void MovesAUserWithoutRatingsTowardsTheUsersWhoseItemsTheyViewed()
    {
        // Users 10 and 11 rated nothing: one viewed python (like the coders), the other word (like the clerks).
        var (ratings, feedback) = CodersAndClerks(extraUsers: [(10, 3), (11, 4)]);

        var model = SvdPlusPlus.Train(ratings, feedback, Items, Options);

        Assert.True(model.Predict(10, 1) > model.Predict(10, 2) + 1f, $"Viewer of python: rust {model.Predict(10, 1)}, excel {model.Predict(10, 2)}.");
        Assert.True(model.Predict(11, 2) > model.Predict(11, 1) + 1f, $"Viewer of word: excel {model.Predict(11, 2)}, rust {model.Predict(11, 1)}.");
    }

    [Fact]
    public void LearnsTheSameParametersFromTheSameSeedAndOthersFromAnother()
    {
        var (ratings, feedback) = CodersAndClerks(extraUsers: [(10, 3)]);

        var first = SvdPlusPlus.Train(ratings, feedback, Items, Options).Parameters;
        var again = SvdPlusPlus.Train(ratings, feedback, Items, Options).Parameters;
        var reseeded = SvdPlusPlus.Train(ratings, feedback, Items, Options with { Seed = 7 }).Parameters;

        Assert.Equal(first.UserFactors, again.UserFactors);
        Assert.Equal(first.ItemFactors, again.ItemFactors);
        Assert.Equal(first.ItemBias, again.ItemBias);
        Assert.NotEqual(first.ItemFactors, reseeded.ItemFactors);
    }

    [Fact]
    public void MembersAreTheModelsOfConsecutiveSeedsAveraged()
    {
        var (ratings, feedback) = CodersAndClerks(extraUsers: [(10, 3)]);
        var single = Options with { Members = 1 };

        var averaged = SvdPlusPlus.Train(ratings, feedback, Items, Options with { Members = 2 }).Parameters;
        var first = SvdPlusPlus.Train(ratings, feedback, Items, single).Parameters;
        var second = SvdPlusPlus.Train(ratings, feedback, Items, single with { Seed = Options.Seed + 1 }).Parameters;

        Assert.Equal(2 * Options.Factors, averaged.Factors);
        Assert.Equal(first.ItemBias.Zip(second.ItemBias, (a, b) => (a + b) / 2), averaged.ItemBias);
        AssertScaled(first.UserFactors.Take(Options.Factors), averaged.UserFactors.Take(Options.Factors));
        AssertScaled(second.ItemFactors.Skip(Options.Factors).Take(Options.Factors), averaged.ItemFactors.Skip(3 * Options.Factors).Take(Options.Factors));
    }

    [Fact]
    public void AveragedMembersRecoverThePlantedTastesOnHeldOutRatings()
    {
        // Neither coder 0 nor clerk 5 rated excel in training: only the planted tastes tell them apart there.
        var (ratings, feedback) = CodersAndClerks(extraUsers: []);
        var training = ratings.Where(r => (r.User, r.Item) is not (0, 2) and not (5, 2)).ToArray();

        var model = SvdPlusPlus.Train(training, feedback, Items, Options with { Members = 5 });

        Assert.True(model.Predict(5, 2) > model.Predict(0, 2) + 1f, $"Excel: clerk {model.Predict(5, 2)}, coder {model.Predict(0, 2)}.");
    }

    private static void AssertScaled(IEnumerable<float> member, IEnumerable<float> averaged) =>
        Assert.All(member.Zip(averaged), pair => Assert.Equal(pair.First / MathF.Sqrt(2), pair.Second, 1e-6f));

    private static (Rating[] Ratings, ImplicitFeedback Feedback) CodersAndClerks((int User, int Item)[] extraUsers)
    {
        var ratings = new List<Rating>();
        var viewed = new List<(int User, int Item)>(extraUsers);
        for (var i = 0; i < 5; i++)
        {
            var (coder, clerk) = (i, 5 + i);
            ratings.AddRange([new(coder, 0, 5), new(coder, 1, 5), new(coder, 2, 1), new(clerk, 0, 1), new(clerk, 1, 1), new(clerk, 2, 5)]);
            viewed.AddRange([(coder, 3), (clerk, 4)]);
        }

        var userCount = 12;
        return ([.. ratings], ImplicitFeedback.Of(ratings.Select(r => (r.User, r.Item)).Concat(viewed), userCount));
    }
}
