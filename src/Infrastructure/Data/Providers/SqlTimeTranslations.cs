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
        var epoch = (long)BinaryConverter.ConvertToProvider(DateTimeOffset.UnixEpoch)!;
        var day = (long)BinaryConverter.ConvertToProvider(DateTimeOffset.UnixEpoch.AddDays(1))! - epoch;
        var minute = (long)BinaryConverter.ConvertToProvider(DateTimeOffset.UnixEpoch.AddMinutes(1))! - epoch;
        var longMapping = mappings.FindMapping(typeof(long))!;
        MapAddDays(modelBuilder, args => new SqlBinaryExpression(
            ExpressionType.Add,
            args[0],
            new SqlBinaryExpression(ExpressionType.Multiply, args[1], new SqlConstantExpression(day, longMapping), typeof(long), longMapping),
            typeof(DateTimeOffset),
            args[0].TypeMapping));

        // Integer division of the offset from the epoch: every instant analytics buckets is after 1970, so it floors.
        MapEpochMinutes(modelBuilder, args => new SqlBinaryExpression(
            ExpressionType.Divide,
            new SqlBinaryExpression(ExpressionType.Subtract, args[0], new SqlConstantExpression(epoch, longMapping), typeof(long), longMapping),
            new SqlConstantExpression(minute, longMapping),
            typeof(long),
            longMapping));
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

        // floor(extract(epoch from instant) / 60): extract gives numeric seconds on timestamptz.
        var longMapping = mappings.FindMapping(typeof(long))!;
        MapEpochMinutes(modelBuilder, args => new SqlUnaryExpression(
            ExpressionType.Convert,
            new SqlFunctionExpression(
                "floor",
                [new SqlBinaryExpression(
                    ExpressionType.Divide,
                    new SqlFunctionExpression(
                        "date_part", [new SqlConstantExpression("epoch", mappings.FindMapping(typeof(string))), args[0]],
                        nullable: true, argumentsPropagateNullability: [false, true], typeof(double), mappings.FindMapping(typeof(double))),
                    new SqlConstantExpression(60.0, mappings.FindMapping(typeof(double))),
                    typeof(double),
                    mappings.FindMapping(typeof(double)))],
                nullable: true,
                argumentsPropagateNullability: [true],
                typeof(double),
                mappings.FindMapping(typeof(double))),
            typeof(long),
            longMapping));
    }

    /// <summary>SQL Server: <c>DATEADD(day, days, instant)</c> and <c>DATEDIFF_BIG(minute, '1970-01-01', instant)</c>.</summary>
    public static void MapForSqlServer(ModelBuilder modelBuilder)
    {
        MapAddDays(modelBuilder, args => new SqlFunctionExpression(
            "DATEADD",
            [new SqlFragmentExpression("day"), args[1], args[0]],
            nullable: true,
            argumentsPropagateNullability: [false, true, true],
            typeof(DateTimeOffset),
            args[0].TypeMapping));
        MapEpochMinutes(modelBuilder, args => new SqlFunctionExpression(
            "DATEDIFF_BIG",
            [new SqlFragmentExpression("minute"), new SqlFragmentExpression("'1970-01-01T00:00:00+00:00'"), args[0]],
            nullable: true,
            argumentsPropagateNullability: [false, false, true],
            typeof(long),
            null));
    }

    private static void MapEpochMinutes(ModelBuilder modelBuilder, Func<IReadOnlyList<SqlExpression>, SqlExpression> translation) =>
        modelBuilder.HasDbFunction(typeof(SqlTime).GetMethod(nameof(SqlTime.EpochMinutes))!).HasTranslation(translation);

    private static void MapAddDays(ModelBuilder modelBuilder, Func<IReadOnlyList<SqlExpression>, SqlExpression> translation) =>
        modelBuilder.HasDbFunction(typeof(SqlTime).GetMethod(nameof(SqlTime.AddDays))!).HasTranslation(translation);
}
