using System.Linq.Expressions;
using KnowledgePay.Application.Common.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KnowledgePay.Infrastructure.Data.Providers;

/// <summary>Each provider's SQL for <see cref="SqlTime"/>: the instant column keeps its own type mapping, so it compares with others.</summary>
internal static class SqlTimeTranslations
{
    private static readonly DateTimeOffsetToBinaryConverter BinaryConverter = new();

    /// <summary>SQLite stores instants through <see cref="DateTimeOffsetToBinaryConverter"/>, linear in UTC ticks: a day is a fixed step.</summary>
    public static void MapForSqlite(ModelBuilder modelBuilder, IRelationalTypeMappingSource mappings)
    {
        var day = (long)BinaryConverter.ConvertToProvider(DateTimeOffset.UnixEpoch.AddDays(1))!
            - (long)BinaryConverter.ConvertToProvider(DateTimeOffset.UnixEpoch)!;
        var longMapping = mappings.FindMapping(typeof(long))!;
        MapAddDays(modelBuilder, args => new SqlBinaryExpression(
            ExpressionType.Add,
            args[0],
            new SqlBinaryExpression(ExpressionType.Multiply, args[1], new SqlConstantExpression(day, longMapping), typeof(long), longMapping),
            typeof(DateTimeOffset),
            args[0].TypeMapping));
    }

    /// <summary>PostgreSQL: <c>instant + days * INTERVAL '1 day'</c> on timestamptz.</summary>
    public static void MapForPostgreSql(ModelBuilder modelBuilder, IRelationalTypeMappingSource mappings)
    {
        var interval = mappings.FindMapping(typeof(TimeSpan))!;
        MapAddDays(modelBuilder, args => new SqlBinaryExpression(
            ExpressionType.Add,
            args[0],
            new SqlBinaryExpression(ExpressionType.Multiply, args[1], new SqlConstantExpression(TimeSpan.FromDays(1), interval), typeof(TimeSpan), interval),
            typeof(DateTimeOffset),
            args[0].TypeMapping));
    }

    /// <summary>SQL Server: <c>DATEADD(day, days, instant)</c>.</summary>
    public static void MapForSqlServer(ModelBuilder modelBuilder) =>
        MapAddDays(modelBuilder, args => new SqlFunctionExpression(
            "DATEADD",
            [new SqlFragmentExpression("day"), args[1], args[0]],
            nullable: true,
            argumentsPropagateNullability: [false, true, true],
            typeof(DateTimeOffset),
            args[0].TypeMapping));

    private static void MapAddDays(ModelBuilder modelBuilder, Func<IReadOnlyList<SqlExpression>, SqlExpression> translation) =>
        modelBuilder.HasDbFunction(typeof(SqlTime).GetMethod(nameof(SqlTime.AddDays))!).HasTranslation(translation);
}
