using System.Runtime.InteropServices;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Ratings;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// The compact binary form of a <see cref="RecommenderModel"/>: a magic number and format version, the model's
/// version, training time and metrics, the catalogue's features, then the raw little-endian float matrices; from format
/// 2 on, the explicit-rating predictor follows when the model has one; from format 3 on, the popularity per platform and
/// daypart when it has one. Files of formats 1 and 2 still load (without what they lack).
/// </summary>
internal static class RecommenderModelFile
{
    private const int Magic = 0x4B505243; // "KPRC"
    private const int FormatVersion = 3;
    private const int FormatWithoutContext = 2;
    private const int FormatWithoutRatings = 1;

    public static void Write(Stream stream, RecommenderModel model)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(model.Version);
        writer.Write(model.TrainedAt.UtcTicks);
        writer.Write(model.Metrics.Interactions);
        writer.Write(model.Metrics.Users);
        writer.Write(model.Metrics.Courses);
        writer.Write(model.Metrics.TrainingSeconds);
        writer.Write(model.Metrics.TrainingAuc);
        writer.Write(model.Dimension);
        writer.Write(model.Courses.Count);
        foreach (var course in model.Courses)
        {
            writer.Write(course.CourseKey);
            WriteStrings(writer, course.Tags);
            WriteOptional(writer, course.Category);
            WriteOptional(writer, course.Creator);
            WriteStrings(writer, course.LessonKinds);
            WriteOptional(writer, course.PriceBand);
            writer.Write(course.PublishedAt.HasValue);
            writer.Write(course.PublishedAt?.UtcTicks ?? 0L);
        }

        WriteFloats(writer, model.CourseVectors);
        WriteFloats(writer, model.Popularity);
        WriteStrings(writer, model.UserKeys);
        WriteFloats(writer, model.UserIdVectors);
        WriteStrings(writer, model.FeatureTokens);
        WriteFloats(writer, model.FeatureVectors);
        writer.Write(model.Ratings is not null);
        if (model.Ratings is { } ratings)
        {
            WriteRatings(writer, ratings);
        }

        writer.Write(model.Context is not null);
        if (model.Context is { } context)
        {
            WriteStrings(writer, context.Tokens);
            WriteFloats(writer, context.Lifts);
        }
    }

    public static RecommenderModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var format = reader.ReadInt32() == Magic ? reader.ReadInt32() : 0;
        if (format is not (FormatVersion or FormatWithoutContext or FormatWithoutRatings))
        {
            throw new InvalidDataException("Not a recommender model file of a known format.");
        }

        var version = reader.ReadInt64();
        var trainedAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var metrics = new RecommenderMetrics(
            reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadDouble(), reader.ReadDouble());
        var dimension = reader.ReadInt32();
        var courses = new CourseFeatures[reader.ReadInt32()];
        for (var course = 0; course < courses.Length; course++)
        {
            courses[course] = new CourseFeatures(
                reader.ReadString(),
                ReadStrings(reader),
                ReadOptional(reader),
                ReadOptional(reader),
                ReadStrings(reader),
                ReadOptional(reader),
                ReadOptionalTime(reader));
        }

        var courseVectors = ReadFloats(reader);
        var popularity = ReadFloats(reader);
        var userKeys = ReadStrings(reader);
        var userIdVectors = ReadFloats(reader);
        var featureTokens = ReadStrings(reader);
        var featureVectors = ReadFloats(reader);
        var ratings = format != FormatWithoutRatings && reader.ReadBoolean() ? ReadRatings(reader) : null;
        var context = format == FormatVersion && reader.ReadBoolean()
            ? new ContextPopularity(ReadStrings(reader), ReadFloats(reader), courses.Length)
            : null;
        return new RecommenderModel(
            version, trainedAt, metrics, dimension, courses, courseVectors, popularity, userKeys, userIdVectors, featureTokens, featureVectors)
        {
            Ratings = ratings,
            Context = context,
        };
    }

    private static void WriteRatings(BinaryWriter writer, RatingPredictor ratings)
    {
        var parameters = ratings.Model.Parameters;
        WriteStrings(writer, ratings.UserKeys);
        WriteStrings(writer, ratings.CourseKeys);
        writer.Write(parameters.Factors);
        writer.Write(parameters.Range.Min);
        writer.Write(parameters.Range.Max);
        writer.Write(parameters.Range.Mean);
        WriteFloats(writer, parameters.UserBias);
        WriteFloats(writer, parameters.ItemBias);
        WriteFloats(writer, parameters.UserFactors);
        WriteFloats(writer, parameters.ItemFactors);
    }

    private static RatingPredictor ReadRatings(BinaryReader reader)
    {
        var userKeys = ReadStrings(reader);
        var courseKeys = ReadStrings(reader);
        var factors = reader.ReadInt32();
        var range = new RatingRange(reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
        var parameters = new RatingFactors(factors, range, ReadFloats(reader), ReadFloats(reader), ReadFloats(reader), ReadFloats(reader));
        return new RatingPredictor(userKeys, courseKeys, new BiasedMatrixFactorization(parameters));
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = reader.ReadString();
        }

        return values;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        writer.Write(value ?? string.Empty);
    }

    private static string? ReadOptional(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var value = reader.ReadString();
        return present ? value : null;
    }

    private static DateTimeOffset? ReadOptionalTime(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var ticks = reader.ReadInt64();
        return present ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    private static void WriteFloats(BinaryWriter writer, ReadOnlySpan<float> values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    private static float[] ReadFloats(BinaryReader reader)
    {
        var values = new float[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
