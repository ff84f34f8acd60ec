using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Analytics;

/// <summary>Why a metric's range was refused: each a code the dashboard can explain without reading the message.</summary>
public static class AnalyticsErrors
{
    public const string InvalidRangeCode = "INVALID_ANALYTICS_RANGE";
    public const string RangeTooLongCode = "ANALYTICS_RANGE_TOO_LONG";
    public const string TooManyBucketsCode = "TOO_MANY_BUCKETS";
    public const string BucketLongerThanRangeCode = "BUCKET_LONGER_THAN_RANGE";
    public const string UnknownTimeZoneCode = "UNKNOWN_TIME_ZONE";

    public static DomainException InvalidRange(DateOnly from, DateOnly to) =>
        new(InvalidRangeCode, $"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");

    public static DomainException RangeTooLong(int days) =>
        new(RangeTooLongCode, $"The range holds {days} days; a metric covers at most {AnalyticsLimits.MaxDays}.");

    public static DomainException TooManyBuckets(int buckets, string bucket) =>
        new(TooManyBucketsCode, $"The range holds {buckets} {bucket} buckets; at most {AnalyticsLimits.MaxBuckets}: choose a longer bucket.");

    public static DomainException BucketLongerThanRange(string bucket, int days) =>
        new(BucketLongerThanRangeCode, $"A {bucket} bucket does not fit in a range of {days} days: choose a shorter bucket or a longer range.");

    public static DomainException UnknownTimeZone(string timeZone) =>
        new(UnknownTimeZoneCode, $"\"{timeZone}\" is not an IANA time zone (such as Asia/Shanghai).");
}
