using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class SessionSignatureTests
{
    [Fact]
    public void MatchesTheKnownAnswerFromTheSpec()
    {
        var signature = SessionSignature.Compute("o0q0otL8aEzpcZL/FT9WsQ==", """{"foo":"bar"}""");

        Assert.Equal("654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b", signature);
    }

    [Fact]
    public void AcceptsUpperCaseHexOfTheSameSignature()
    {
        var matches = SessionSignature.Matches(
            "o0q0otL8aEzpcZL/FT9WsQ==", """{"foo":"bar"}""",
            "654571F79995B2CE1E149E53C0A33DC39C0A74090DB514261454E8DBE432AA0B");

        Assert.True(matches);
    }
}
