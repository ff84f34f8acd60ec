using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Infrastructure.Media;

/// <summary>
/// Tencent Cloud CDN URL authentication "Type A" (https://www.tencentcloud.com/document/product/228/35222; Alibaba
/// Cloud CDN's type A is the same scheme, with the parameter named <c>auth_key</c>):
/// <c>url?sign=timestamp-rand-uid-md5hash</c> where <c>md5hash = MD5("{path}-{timestamp}-{rand}-{uid}-{key}")</c>,
/// <c>timestamp</c> is the signing time in Unix seconds, <c>rand</c> a random string and <c>uid</c> 0. The CDN answers
/// 403 to a wrong hash and once <c>timestamp</c> plus its configured validity has passed. MD5 is the CDN's choice;
/// the key never leaves the server.
/// </summary>
internal sealed class TencentCdnTypeAUrlSigner(MediaCdnSettings settings) : IMediaOriginUrlSigner
{
    private const string Uid = "0";

    public string Sign(string originUrl, DateTimeOffset now)
    {
        var origin = new Uri(originUrl, UriKind.Absolute);
        var target = settings.BaseUrl is { } cdn ? new Uri(cdn, origin.PathAndQuery) : origin;
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var rand = RandomNumberGenerator.GetHexString(16, lowercase: true);
        var hash = Convert.ToHexStringLower(
            MD5.HashData(Encoding.UTF8.GetBytes($"{target.AbsolutePath}-{timestamp}-{rand}-{Uid}-{settings.Key}")));
        var separator = string.IsNullOrEmpty(target.Query) ? '?' : '&';
        return $"{target.AbsoluteUri}{separator}{settings.ParameterName}={timestamp}-{rand}-{Uid}-{hash}";
    }
}
