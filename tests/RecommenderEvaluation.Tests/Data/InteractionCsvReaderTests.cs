using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Tests.Data;

public sealed class InteractionCsvReaderTests
{
    [Fact]
    public void ReadsMovieLensColumnNames()
    {
        var data = InteractionCsvReader.Read(new StringReader("userId,movieId,rating,timestamp\n1,31,2.5,1260759144\n1,1029,3.0,1260759179\n7,31,4.5,1260759185\n"));

        Assert.Equal(["1", "7"], data.UserIds);
        Assert.Equal(["31", "1029"], data.ItemIds);
        Assert.Equal([new(0, 0, 2.5f, 1260759144), new(0, 1, 3f, 1260759179), new Interaction(1, 0, 4.5f, 1260759185)], data.Interactions);
        Assert.True(data.IsExplicit);
    }

    [Fact]
    public void ReadsGenericColumnNamesInAnyOrder()
    {
        var data = InteractionCsvReader.Read(new StringReader("timestamp,item,user,rating\n100,course-a,u1,5\n200,course-b,u2,5\n"));

        Assert.Equal(["u1", "u2"], data.UserIds);
        Assert.Equal(["course-a", "course-b"], data.ItemIds);
        Assert.Equal([new(0, 0, 5f, 100), new Interaction(1, 1, 5f, 200)], data.Interactions);
        Assert.False(data.IsExplicit);
    }

    [Fact]
    public void TreatsAFileWithoutRatingsAsImplicit()
    {
        var data = InteractionCsvReader.Read(new StringReader("user,item\na,x\nb,x\n"));

        Assert.All(data.Interactions, interaction => Assert.Equal(1f, interaction.Rating));
        Assert.False(data.IsExplicit);
    }

    [Fact]
    public void FailsWhenTheHeaderHasNoItemColumn() =>
        Assert.Throws<InvalidDataException>(() => InteractionCsvReader.Read(new StringReader("user,rating\n1,5\n")));

    [Fact]
    public void ReadsATrainAndTestPairIntoOneIdSpace()
    {
        var data = InteractionCsvReader.ReadTrainAndTest(
            new StringReader("user,item,rating\na,x,4\nb,y,3\n"),
            new StringReader("item,user,rating\nz,a,5\nx,c,2\n"));

        Assert.Equal(["a", "b", "c"], data.UserIds);
        Assert.Equal(["x", "y", "z"], data.ItemIds);
        Assert.Equal(2, data.TrainCount);
        Assert.Equal([new Interaction(0, 2, 5, 0), new Interaction(2, 0, 2, 0)], data.Interactions.Skip(2));
    }

    [Fact]
    public void AsImplicitMakesEveryRatingAnInteraction()
    {
        var data = InteractionCsvReader.Read(new StringReader("user,item,rating\na,x,4\nb,y,1\n")).AsImplicit();

        Assert.False(data.IsExplicit);
        Assert.All(data.Interactions, interaction => Assert.Equal(1f, interaction.Rating));
    }
}
