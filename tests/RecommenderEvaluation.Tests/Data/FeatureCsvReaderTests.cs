using KnowledgePay.RecommenderEvaluation.Data;

namespace KnowledgePay.RecommenderEvaluation.Tests.Data;

public sealed class FeatureCsvReaderTests
{
    private static readonly InteractionData Data = InteractionCsvReader.Read(new StringReader("user,item,rating\n1,10,4\n1,20,3\n2,30,5\n"));

    [Fact]
    public void ReadsMovieLensGenresBehindQuotedTitlesWithCommas()
    {
        var features = FeatureCsvReader.Read(new StringReader(
            "movieId,title,genres\n10,\"American President, The (1995)\",Comedy|Drama|Romance\n20,Heat (1995),(no genres listed)\n99,Unrated (2000),Drama\n"),
            Data.ItemIds);

        Assert.Equal(["Comedy", "Drama", "Romance"], features[0]);
        Assert.Empty(features[1]);
        Assert.Equal(2, features.Count);
    }

    [Fact]
    public void ReadsTheTwoColumnItemFeaturesFormat()
    {
        var features = FeatureCsvReader.Read(new StringReader("item,features\n30,数据分析|Python\n"), Data.ItemIds);

        Assert.Equal(["数据分析", "Python"], features[2]);
    }
}
