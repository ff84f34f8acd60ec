using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KnowledgePay.Infrastructure.Data.Providers;

internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
