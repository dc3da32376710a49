using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Sightline.Web.Access;

/// <summary>Where the keys sealing session cookies and CSRF tokens live: in the server's memory only, so nothing that
/// opens a session is written to disk and every session ends when the server stops.</summary>
public sealed class MemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];
    private readonly Lock _lock = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock) return _elements.Select(e => new XElement(e)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock) _elements.Add(new XElement(element));
    }
}
