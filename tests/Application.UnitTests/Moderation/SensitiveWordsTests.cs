using KnowledgePay.Application.Moderation;

namespace KnowledgePay.Application.UnitTests.Moderation;

public sealed class SensitiveWordsTests
{
    [Theory]
    [InlineData("加我微信领资料")]
    [InlineData("加我 微-信 领资料")]
    [InlineData("加我ＷＥＩＸＩＮ领资料")]
    [InlineData("加我 W.e.i.X.i.n")]
    public void FindsAListedWordThroughCaseWidthAndPunctuationBetweenItsCharacters(string text) =>
        Assert.True(SensitiveWords.ContainsAny(text, ["微信", "weixin"]));

    [Theory]
    [InlineData("微博上见")]
    [InlineData("")]
    public void FindsNothingInTextWithoutAListedWord(string text) =>
        Assert.False(SensitiveWords.ContainsAny(text, ["微信", "weixin"]));

    [Fact]
    public void AnEmptyOrPunctuationOnlyWordMatchesNothing() =>
        Assert.False(SensitiveWords.ContainsAny("任何内容", ["", " - "]));
}
