using System.Text;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Querying.Paging;

namespace KnowledgePay.Application.UnitTests.Common.Querying;

public sealed class CursorTests
{
    private const string Ordering = "price:desc,id";
    private static readonly Type[] KeyTypes = [typeof(long), typeof(Guid)];

    [Fact]
    public void ReturnsTheKeysWhenDecodedUnderTheSameOrdering()
    {
        var id = Guid.CreateVersion7();
        var cursor = Cursor.Encode(Ordering, [4900L, id]);

        var keys = Cursor.Decode(cursor, "after", Ordering, KeyTypes);

        Assert.Equal([4900L, id], keys);
    }

    [Fact]
    public void FailsWithValidationErrorWhenOrderingDiffers()
    {
        var cursor = Cursor.Encode(Ordering, [4900L, Guid.CreateVersion7()]);

        var error = Assert.Throws<ValidationException>(() => Cursor.Decode(cursor, "after", "price,id", KeyTypes));

        Assert.Equal(["The cursor belongs to a different order; start again without it."], error.Errors["after"]);
    }

    [Fact]
    public void FailsWithValidationErrorWhenCursorIsNotBase64()
    {
        var error = Assert.Throws<ValidationException>(() => Cursor.Decode("%%%", "before", Ordering, KeyTypes));

        Assert.Equal(["The cursor is not valid."], error.Errors["before"]);
    }

    [Fact]
    public void FailsWithValidationErrorWhenCursorIsNotJson()
    {
        var tampered = Convert.ToBase64String(Encoding.UTF8.GetBytes("not json")).TrimEnd('=');

        Assert.Throws<ValidationException>(() => Cursor.Decode(tampered, "after", Ordering, KeyTypes));
    }

    [Fact]
    public void FailsWithValidationErrorWhenKeyHasTheWrongType()
    {
        var cursor = Cursor.Encode(Ordering, ["expensive", Guid.CreateVersion7()]);

        Assert.Throws<ValidationException>(() => Cursor.Decode(cursor, "after", Ordering, KeyTypes));
    }

    [Fact]
    public void FailsWithValidationErrorWhenKeyCountDiffers()
    {
        var cursor = Cursor.Encode(Ordering, [4900L]);

        Assert.Throws<ValidationException>(() => Cursor.Decode(cursor, "after", Ordering, KeyTypes));
    }

    [Theory]
    [InlineData("{\"O\":\"price:desc,id\"}")]
    [InlineData("{\"O\":\"price:desc,id\",\"K\":null}")]
    [InlineData("{\"K\":[4900,\"0190a5a0-0000-7000-8000-000000000000\"]}")]
    [InlineData("{\"O\":\"price:desc,id\",\"K\":[[4900],{\"id\":1}]}")]
    [InlineData("[1,2]")]
    public void FailsWithValidationErrorWhenCursorLacksItsParts(string json)
    {
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var error = Assert.Throws<ValidationException>(() => Cursor.Decode(forged, "after", Ordering, KeyTypes));

        Assert.True(error.Errors.ContainsKey("after"));
        Assert.False(Cursor.IsWellFormed(forged));
    }
}
