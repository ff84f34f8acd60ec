using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.RedeemCodes;

namespace KnowledgePay.Domain.UnitTests.RedeemCodes;

public sealed class RedeemCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly OfferRef Course = OfferRef.ForCourse(Guid.NewGuid());

    [Fact]
    public void GeneratesTheAskedNumberOfDistinctTypableCodesAndKeepsOnlyTheirHashes()
    {
        var generated = RedeemCodeBatch.Generate(Course, 500, Now.AddDays(30), "Channel A", Guid.NewGuid(), Now);

        Assert.Equal(500, generated.PlainCodes.Distinct().Count());
        Assert.All(generated.PlainCodes, c => Assert.Matches("^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$", c));
        Assert.Equal(generated.PlainCodes.Select(RedeemCodeFormat.Hash), generated.Codes.Select(c => c.CodeHash));
        Assert.All(generated.Codes, c => Assert.Equal((generated.Batch.Id, Course.Kind, Course.Id), (c.BatchId, c.Kind, c.OfferId)));
        Assert.IsType<RedeemCodeBatchGeneratedEvent>(Assert.Single(generated.Batch.DomainEvents()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RedeemCodeLimits.MaxBatchSize + 1)]
    public void FailsWhenTheBatchSizeIsOutOfRange(int count)
    {
        var error = Assert.Throws<DomainException>(() => RedeemCodeBatch.Generate(Course, count, Now.AddDays(1), "A", Guid.NewGuid(), Now));

        Assert.Equal(RedeemCodeErrors.InvalidBatchCode, error.Code);
    }

    [Fact]
    public void FailsWhenTheBatchWouldExpireAtOnce()
    {
        var error = Assert.Throws<DomainException>(() => RedeemCodeBatch.Generate(Course, 1, Now, "A", Guid.NewGuid(), Now));

        Assert.Equal(RedeemCodeErrors.InvalidBatchCode, error.Code);
    }

    [Fact]
    public void HashesTypedVariantsOfACodeAlike()
    {
        Assert.Equal(RedeemCodeFormat.Hash("ABCD-EFGH-JKMN-PQRS"), RedeemCodeFormat.Hash(" abcd efgh-jkmnpqrs "));
        Assert.NotEqual(RedeemCodeFormat.Hash("ABCD-EFGH-JKMN-PQRS"), RedeemCodeFormat.Hash("ABCD-EFGH-JKMN-PQRT"));
    }

    [Fact]
    public void RaisesOfferGrantedOnceForTheRedeemer()
    {
        var code = ACode();
        var user = Guid.NewGuid();

        code.Redeem(user, Now);
        code.Redeem(user, Now.AddMinutes(1));

        Assert.Equal((user, Now), (code.RedeemedBy, code.RedeemedAt));
        var granted = Assert.IsType<OfferGrantedEvent>(Assert.Single(code.DomainEvents()));
        Assert.Equal(new OfferGrantedEvent(user, Course.Kind, Course.Id, EnrollmentSource.RedeemCode, code.Id), granted);
    }

    [Fact]
    public void FailsWhenAnotherUserRedeemsAUsedCode()
    {
        var code = ACode();
        code.Redeem(Guid.NewGuid(), Now);

        var error = Assert.Throws<DomainException>(() => code.Redeem(Guid.NewGuid(), Now));

        Assert.Equal(RedeemCodeErrors.UsedCode, error.Code);
    }

    [Fact]
    public void FailsWhenTheCodeHasExpired()
    {
        var code = ACode();

        var error = Assert.Throws<DomainException>(() => code.Redeem(Guid.NewGuid(), Now.AddDays(30)));

        Assert.Equal(RedeemCodeErrors.ExpiredCode, error.Code);
        Assert.Null(code.RedeemedBy);
    }

    private static RedeemCode ACode() =>
        RedeemCodeBatch.Generate(Course, 1, Now.AddDays(30), "Channel A", Guid.NewGuid(), Now).Codes[0];
}
