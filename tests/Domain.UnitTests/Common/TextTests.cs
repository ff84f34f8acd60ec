using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Common;

public sealed class TextTests
{
    private static readonly Func<DomainException> Invalid = () => new DomainException("INVALID", "invalid");

    [Fact]
    public void TrimsWhenRequiredTextHasSurroundingSpaces()
    {
        Assert.Equal("Go 语言入门", Text.Required("  Go 语言入门 ", 20, Invalid));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FailsWhenRequiredTextIsBlank(string? value)
    {
        var error = Assert.Throws<DomainException>(() => Text.Required(value, 20, Invalid));

        Assert.Equal("INVALID", error.Code);
    }

    [Fact]
    public void FailsWhenRequiredTextIsLongerThanTheLimit()
    {
        Assert.Throws<DomainException>(() => Text.Required(new string('x', 21), 20, Invalid));
    }

    [Fact]
    public void AcceptsRequiredTextWhenExactlyAtTheLimit()
    {
        Assert.Equal(20, Text.Required(new string('x', 20), 20, Invalid).Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void ReturnsNullWhenOptionalTextIsBlank(string? value)
    {
        Assert.Null(Text.Optional(value, 20, Invalid));
    }

    [Fact]
    public void FailsWhenOptionalTextIsLongerThanTheLimit()
    {
        Assert.Throws<DomainException>(() => Text.Optional(new string('x', 21), 20, Invalid));
    }
}
