// The model of PATCH api/v2/clientcontact/{clientContactId}/phone, as described by the
// service's help page (/work/shared/seed/PATCH-api-v2-clientcontact-clientContactId-phone.txt).
// Plain auto-properties, no [DataContract]/[DataMember]/data annotations ("Additional information: None").
// The CLR namespace gives the DataContractSerializer its default XML namespace:
//   http://schemas.datacontract.org/2004/07/CaliberAPI
using System;

namespace CaliberAPI
{
    public enum ObjectTypes { Division = 0 }

    public enum NameOptions { Contact1 = 0 }

    public class Phone
    {
        public int PhoneID { get; set; }
        public ObjectTypes RefType { get; set; }
        public int RefID { get; set; }
        public int PhoneType { get; set; }
        public string PhoneTypeName { get; set; }
        public string AreaCode { get; set; }
        public string Number { get; set; }
        public string Extension { get; set; }
        public bool IsPrimary { get; set; }
        public bool IsSecondary { get; set; }
        public NameOptions NameOption { get; set; }
        public bool IsDeleted { get; set; }
        public DateTime DateCreated { get; set; }
        public int CreatedBy { get; set; }
        public DateTime LastModified { get; set; }
        public int ModifiedBy { get; set; }
    }
}
